using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Codegen.Kotlin;

/// <summary>Writes a data class (required parameters first, optional ones defaulting to null) or an enum class.</summary>
internal static class KotlinDeclarationWriter
{
    public static void Write(CodeWriter writer, TypedDeclaration declaration)
    {
        if (declaration is TypedEnum typedEnum)
        {
            WriteEnum(writer, typedEnum);
        }
        else
        {
            WriteRecord(writer, (TypedRecord)declaration);
        }
    }

    private static void WriteEnum(CodeWriter writer, TypedEnum typedEnum)
    {
        var type = typedEnum.ValueKind switch
        {
            TypeKind.String => "String",
            TypeKind.Integer => "Long",
            TypeKind.Float => "Double",
            _ => "Boolean",
        };
        KotlinSyntax.Doc(writer, typedEnum.Doc);
        writer.Open($"enum class {typedEnum.Name}(val {KotlinNaming.WireProperty}: {type}) {{");
        for (var i = 0; i < typedEnum.Members.Count; i++)
        {
            var member = typedEnum.Members[i];
            var end = i == typedEnum.Members.Count - 1 ? "" : ",";
            writer.Line($"{member.Identifier}({KotlinSyntax.Literal(member.Value, typedEnum.ValueKind)}){end}");
        }

        writer.Close("}");
    }

    private static void WriteRecord(CodeWriter writer, TypedRecord record)
    {
        // Required parameters first, so positional calls name the required ones without skipping optional ones.
        var fields = record.Fields.Where(f => f.Required).Concat(record.Fields.Where(f => !f.Required)).ToList();
        KotlinSyntax.Doc(writer, record.Doc.Concat(fields.Where(f => f.Doc.Count > 0).Select(f => $"@property {f.Identifier} {string.Join(' ', f.Doc)}")));
        if (fields.Count == 0)
        {
            // A data class needs at least one property.
            writer.Open($"class {record.Name} {{");
        }
        else
        {
            writer.Line($"data class {record.Name}(");
            writer.Indent();
            for (var i = 0; i < fields.Count; i++)
            {
                var field = fields[i];
                var type = KotlinSyntax.Type(field.Type) + (field.Required ? "" : "? = null");
                writer.Line($"val {field.Identifier}: {type}{(i == fields.Count - 1 ? "" : ",")}");
            }

            writer.Outdent();
            writer.Open(") {");
        }

        writer.Line("/** The properties as the client receives them: wire names, enum wire values, absent optional properties left out. */");
        writer.Open($"fun {KotlinNaming.PropertiesMethod}(): {KotlinSyntax.Map} {{");
        writer.Line("val properties = LinkedHashMap<String, Any?>()");
        for (var i = 0; i < record.Fields.Count; i++)
        {
            var field = record.Fields[i];
            var key = KotlinSyntax.String(field.WireName);
            if (field.Required)
            {
                writer.Line($"properties[{key}] = {KotlinSyntax.Wire("this." + field.Identifier, field.Type)}");
            }
            else
            {
                var local = "value" + TypedLiterals.Integer(i);
                writer.Line($"val {local} = this.{field.Identifier}");
                writer.Open($"if ({local} != null) {{");
                writer.Line($"properties[{key}] = {KotlinSyntax.Wire(local, field.Type)}");
                writer.Close("}");
            }
        }

        writer.Line("return properties");
        writer.Close("}");
        writer.Close("}");
    }
}
