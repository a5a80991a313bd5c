using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Codegen.Swift;

/// <summary>Writes a struct (memberwise init, required parameters first, optional ones defaulting to nil) or an enum.</summary>
internal static class SwiftDeclarationWriter
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
        SwiftSyntax.Doc(writer, typedEnum.Doc);
        if (typedEnum.ValueKind != TypeKind.Boolean)
        {
            // Raw values carry the wire value with its JSON kind: String, Int64 or Double.
            var raw = typedEnum.ValueKind switch
            {
                TypeKind.String => "String",
                TypeKind.Integer => "Int64",
                _ => "Double",
            };
            writer.Open($"public enum {typedEnum.Name}: {raw}, CaseIterable {{");
            foreach (var member in typedEnum.Members)
            {
                writer.Line($"case {member.Identifier} = {SwiftSyntax.Literal(member.Value, typedEnum.ValueKind)}");
            }

            writer.Close("}");
            return;
        }

        // Bool cannot be a raw value type, so the wire value is a computed property of the same name.
        writer.Open($"public enum {typedEnum.Name}: CaseIterable {{");
        foreach (var member in typedEnum.Members)
        {
            writer.Line($"case {member.Identifier}");
        }

        writer.Line();
        writer.Line("/// The value sent on the wire.");
        writer.Open($"public var {SwiftNaming.WireProperty}: Bool {{");
        writer.Line("switch self {");
        foreach (var member in typedEnum.Members)
        {
            writer.Line($"case .{member.Identifier}: return {SwiftSyntax.Literal(member.Value, typedEnum.ValueKind)}");
        }

        writer.Line("}");
        writer.Close("}");
        writer.Close("}");
    }

    private static void WriteRecord(CodeWriter writer, TypedRecord record)
    {
        var fields = record.Fields.Where(f => f.Required).Concat(record.Fields.Where(f => !f.Required)).ToList();
        SwiftSyntax.Doc(writer, record.Doc);
        writer.Open($"public struct {record.Name} {{");
        foreach (var field in fields)
        {
            SwiftSyntax.Doc(writer, field.Doc);
            writer.Line($"public var {field.Identifier}: {SwiftSyntax.Type(field.Type)}{(field.Required ? "" : "?")}");
        }

        if (fields.Count > 0)
        {
            writer.Line();
        }

        var parameters = fields.Select(f => $"{f.Identifier}: {SwiftSyntax.Type(f.Type)}{(f.Required ? "" : "? = nil")}");
        writer.Open($"public init({string.Join(", ", parameters)}) {{");
        foreach (var field in fields)
        {
            writer.Line($"self.{field.Identifier} = {field.Identifier}");
        }

        writer.Close("}");
        writer.Line();
        writer.Line("/// The properties as the client receives them: wire names, enum wire values, absent optional properties left out.");
        writer.Open($"public func {SwiftNaming.PropertiesMethod}() -> {SwiftSyntax.Map} {{");
        if (record.Fields.Count == 0)
        {
            writer.Line("return [:]");
        }
        else
        {
            writer.Line($"var properties: {SwiftSyntax.Map} = [:]");
            for (var i = 0; i < record.Fields.Count; i++)
            {
                var field = record.Fields[i];
                var key = SwiftSyntax.String(field.WireName);
                if (field.Required)
                {
                    writer.Line($"properties[{key}] = {SwiftSyntax.Wire("self." + field.Identifier, field.Type)}");
                }
                else
                {
                    var local = "value" + TypedLiterals.Integer(i);
                    writer.Open($"if let {local} = self.{field.Identifier} {{");
                    writer.Line($"properties[{key}] = {SwiftSyntax.Wire(local, field.Type)}");
                    writer.Close("}");
                }
            }

            writer.Line("return properties");
        }

        writer.Close("}");
        writer.Close("}");
    }
}
