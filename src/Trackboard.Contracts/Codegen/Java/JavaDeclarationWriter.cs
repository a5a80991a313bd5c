using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Codegen.Java;

/// <summary>Writes a record (a Java record with a null-checking constructor and <c>toProperties()</c>) or an enum, one file each.</summary>
internal static class JavaDeclarationWriter
{
    public static GeneratedFile Write(TypedModel model, string package, TypedDeclaration declaration) => declaration is TypedEnum typedEnum
        ? WriteEnum(model, package, typedEnum)
        : WriteRecord(model, package, (TypedRecord)declaration);

    private static GeneratedFile WriteEnum(TypedModel model, string package, TypedEnum typedEnum)
    {
        var type = typedEnum.ValueKind switch
        {
            TypeKind.String => "String",
            TypeKind.Integer => "long",
            TypeKind.Float => "double",
            _ => "boolean",
        };
        var writer = JavaFile.Start(model, package, []);
        JavaSyntax.Doc(writer, typedEnum.Doc);
        writer.Open($"public enum {typedEnum.Name} {{");
        for (var i = 0; i < typedEnum.Members.Count; i++)
        {
            var member = typedEnum.Members[i];
            var end = i == typedEnum.Members.Count - 1 ? ";" : ",";
            writer.Line($"{member.Identifier}({JavaSyntax.Literal(member.Value, typedEnum.ValueKind)}){end}");
        }

        writer.Line();
        writer.Line($"private final {type} {JavaNaming.WireMethod};");
        writer.Line();
        writer.Open($"{typedEnum.Name}({type} {JavaNaming.WireMethod}) {{");
        writer.Line($"this.{JavaNaming.WireMethod} = {JavaNaming.WireMethod};");
        writer.Close("}");
        writer.Line();
        writer.Line("/** The value sent on the wire, of the JSON kind the plan declares. */");
        writer.Open($"public {type} {JavaNaming.WireMethod}() {{");
        writer.Line($"return this.{JavaNaming.WireMethod};");
        writer.Close("}");
        writer.Close("}");
        return JavaFile.Finish(package, typedEnum.Name, writer);
    }

    private static GeneratedFile WriteRecord(TypedModel model, string package, TypedRecord record)
    {
        // Required components come first, so the required-only constructor reads like the canonical one.
        var fields = record.Fields.Where(f => f.Required).Concat(record.Fields.Where(f => !f.Required)).ToList();
        var required = fields.Where(f => f.Required).ToList();
        var optional = fields.Where(f => !f.Required).ToList();
        var checkedFields = required.Where(f => !JavaSyntax.IsPrimitive(f.Type, true)).ToList();
        var imports = new List<string> { "java.util.LinkedHashMap", "java.util.Map" };
        if (fields.Any(f => JavaSyntax.UsesList(f.Type)))
        {
            imports.Add("java.util.List");
        }

        if (checkedFields.Count > 0)
        {
            imports.Add("java.util.Objects");
        }

        var writer = JavaFile.Start(model, package, imports);
        JavaSyntax.Doc(writer, record.Doc.Concat(fields.Where(f => f.Doc.Count > 0).Select(f => $"@param {f.Identifier} {string.Join(' ', f.Doc)}")));
        if (fields.Count == 0)
        {
            writer.Line($"public record {record.Name}() {{");
        }
        else
        {
            writer.Line($"public record {record.Name}(");
            for (var i = 0; i < fields.Count; i++)
            {
                var end = i == fields.Count - 1 ? ") {" : ",";
                writer.Line($"        {Parameter(fields[i])}{end}");
            }
        }

        writer.Indent();
        if (checkedFields.Count > 0)
        {
            writer.Line("/** Refuses a missing required property. */");
            writer.Open($"public {record.Name} {{");
            foreach (var field in checkedFields)
            {
                writer.Line($"Objects.requireNonNull({field.Identifier}, {JavaSyntax.String(field.WireName + " is required")});");
            }

            writer.Close("}");
            writer.Line();
        }

        if (optional.Count > 0)
        {
            writer.Line("/** The required properties only; add optional ones with the with methods. */");
            writer.Open($"public {record.Name}({string.Join(", ", required.Select(Parameter))}) {{");
            writer.Line($"this({string.Join(", ", fields.Select(f => f.Required ? f.Identifier : "null"))});");
            writer.Close("}");
            writer.Line();
            // Each with method passes every component: "this.x" built once per record, the one set swapped in per method.
            var copied = fields.Select(f => "this." + f.Identifier).ToArray();
            foreach (var field in optional)
            {
                writer.Line($"/** A copy with {DocText.Sanitize(field.WireName)} set. */");
                writer.Open($"public {record.Name} with{char.ToUpperInvariant(field.Identifier[0])}{field.Identifier[1..]}({Parameter(field)}) {{");
                var index = fields.IndexOf(field);
                copied[index] = field.Identifier;
                writer.Line($"return new {record.Name}({string.Join(", ", copied)});");
                copied[index] = "this." + field.Identifier;
                writer.Close("}");
                writer.Line();
            }
        }

        writer.Line("/** The properties as the client receives them: wire names, enum wire values, absent optional properties left out. */");
        writer.Open($"public {JavaSyntax.Map} {JavaNaming.PropertiesMethod}() {{");
        writer.Line($"{JavaSyntax.Map} properties = new LinkedHashMap<>();");
        foreach (var field in record.Fields)
        {
            var key = JavaSyntax.String(field.WireName);
            if (field.Required)
            {
                writer.Line($"properties.put({key}, {JavaSyntax.Wire("this." + field.Identifier, field.Type)});");
            }
            else
            {
                writer.Open($"if (this.{field.Identifier} != null) {{");
                writer.Line($"properties.put({key}, {JavaSyntax.Wire("this." + field.Identifier, field.Type)});");
                writer.Close("}");
            }
        }

        writer.Line("return properties;");
        writer.Close("}");
        writer.Close("}");
        return JavaFile.Finish(package, record.Name, writer);
    }

    private static string Parameter(TypedField field) => $"{JavaSyntax.Type(field.Type, field.Required)} {field.Identifier}";
}
