using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Codegen.Dart;

/// <summary>Writes a class with a const constructor (named parameters, required ones marked) or an enhanced enum.</summary>
internal static class DartDeclarationWriter
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
            TypeKind.Integer => "int",
            TypeKind.Float => "double",
            _ => "bool",
        };
        DartSyntax.Doc(writer, typedEnum.Doc);
        writer.Open($"enum {typedEnum.Name} {{");
        for (var i = 0; i < typedEnum.Members.Count; i++)
        {
            var member = typedEnum.Members[i];
            var end = i == typedEnum.Members.Count - 1 ? ";" : ",";
            writer.Line($"{member.Identifier}({DartSyntax.Literal(member.Value, typedEnum.ValueKind)}){end}");
        }

        writer.Line();
        writer.Line($"const {typedEnum.Name}(this.{DartNaming.WireField});");
        writer.Line();
        writer.Line("/// The value sent on the wire, of the JSON kind the plan declares.");
        writer.Line($"final {type} {DartNaming.WireField};");
        writer.Close("}");
    }

    private static void WriteRecord(CodeWriter writer, TypedRecord record)
    {
        DartSyntax.Doc(writer, record.Doc);
        writer.Open($"class {record.Name} {{");
        if (record.Fields.Count == 0)
        {
            writer.Line($"const {record.Name}();");
        }
        else
        {
            writer.Open($"const {record.Name}({{");
            foreach (var field in record.Fields)
            {
                writer.Line($"{(field.Required ? "required " : "")}this.{field.Identifier},");
            }

            writer.Close("});");
        }

        foreach (var field in record.Fields)
        {
            writer.Line();
            DartSyntax.Doc(writer, field.Doc);
            writer.Line($"final {DartSyntax.Type(field.Type)}{(field.Required ? "" : "?")} {field.Identifier};");
        }

        writer.Line();
        writer.Line("/// The properties as the client receives them: wire names, enum wire values, absent optional properties left out.");
        writer.Open($"{DartSyntax.Map} {DartNaming.PropertiesMethod}() {{");
        writer.Line("final properties = <String, Object?>{};");
        for (var i = 0; i < record.Fields.Count; i++)
        {
            var field = record.Fields[i];
            var key = DartSyntax.String(field.WireName);
            if (field.Required)
            {
                writer.Line($"properties[{key}] = {DartSyntax.Wire("this." + field.Identifier, field.Type)};");
            }
            else
            {
                var local = "value" + TypedLiterals.Integer(i);
                writer.Line($"final {local} = this.{field.Identifier};");
                writer.Open($"if ({local} != null) {{");
                writer.Line($"properties[{key}] = {DartSyntax.Wire(local, field.Type)};");
                writer.Close("}");
            }
        }

        writer.Line("return properties;");
        writer.Close("}");
        writer.Close("}");
    }
}
