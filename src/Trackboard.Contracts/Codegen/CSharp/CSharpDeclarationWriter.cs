using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Codegen.CSharp;

/// <summary>Writes records (sealed records with required/init properties and <c>ToProperties()</c>) and enums.</summary>
internal static class CSharpDeclarationWriter
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
        CSharpSyntax.Doc(writer, typedEnum.Doc);
        writer.Line("public enum " + typedEnum.Name).Open("{");
        foreach (var member in typedEnum.Members)
        {
            writer.Line(member.Identifier + ",");
        }

        writer.Close("}");
    }

    private static void WriteRecord(CodeWriter writer, TypedRecord record)
    {
        CSharpSyntax.Doc(writer, record.Doc);
        writer.Line("public sealed record " + record.Name);
        writer.Open("{");
        foreach (var field in record.Fields)
        {
            CSharpSyntax.Doc(writer, field.Doc);
            var type = CSharpSyntax.Type(field.Type) + (field.Required ? "" : "?");
            writer.Line($"public {(field.Required ? "required " : "")}{type} {field.Identifier} {{ get; init; }}");
            writer.Line();
        }

        writer.Line("/// <summary>The properties as the client receives them: wire names, enum wire values, absent optional properties left out.</summary>");
        writer.Line($"public {CSharpSyntax.Map} {CSharpNaming.PropertiesMethod}()");
        writer.Open("{");
        writer.Line("var properties = new Dictionary<string, object?>(StringComparer.Ordinal);");
        for (var i = 0; i < record.Fields.Count; i++)
        {
            var field = record.Fields[i];
            var key = CSharpSyntax.String(field.WireName);
            if (field.Required)
            {
                writer.Line($"properties[{key}] = {CSharpSyntax.Wire("this." + field.Identifier, field.Type)};");
            }
            else
            {
                var local = "value" + TypedLiterals.Integer(i);
                writer.Line($"if (this.{field.Identifier} is {{ }} {local})").Open("{");
                writer.Line($"properties[{key}] = {CSharpSyntax.Wire(local, field.Type)};");
                writer.Close("}");
            }
        }

        writer.Line("return properties;");
        writer.Close("}");
        writer.Close("}");
    }
}
