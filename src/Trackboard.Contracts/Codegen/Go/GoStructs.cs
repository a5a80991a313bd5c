using Trackboard.Contracts.Codegen.Shapes;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Go;

/// <summary>
/// Writes a struct per object type with a <c>toMap</c> method (the plan's exact keys, absent optionals
/// left out) and a <c>MarshalJSON</c> built on it, so keys no struct tag can spell still round-trip.
/// </summary>
internal static class GoStructs
{
    public static void Write(CodeWriter writer, GoTypes types, string name, string path, IReadOnlyList<PropertyDefinition> properties, IReadOnlyList<string> doc)
    {
        var fields = new NameScope(GoSyntax.Naming, "property", properties.Count + 2);
        fields.Reserve("MarshalJSON", "the generated MarshalJSON method");
        var named = properties.Select(p =>
        {
            var fieldPath = ShapePaths.Child(path, p.Name);
            return (Property: p, Field: fields.Get(p.Name, ShapeCasing.Field), Path: fieldPath, Type: types.FieldType(p, fieldPath), Tag: GoSyntax.JsonTag(p.Name, !p.Required));
        }).ToList();

        GoSyntax.Comment(writer, doc);
        if (named.Count == 0)
        {
            writer.Line($"type {name} struct{{}}").Line();
        }
        else
        {
            writer.Line($"type {name} struct {{").Indent();
            var first = true;
            foreach (var (property, field, _, type, tag) in named)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                var line = ShapeDocs.PropertyLine(property);
                GoSyntax.Comment(writer, [tag is null ? DocText.Sanitize("Key " + DocText.Sanitize(property.Name) + ". " + line) : line]);
                writer.Line($"{field} {type}" + (tag is null ? "" : " " + tag));
            }

            writer.Dedent().Line("}").Line();
        }

        writer.Line($"func (p {name}) toMap() map[string]any {{").Indent();
        writer.Line($"m := make(map[string]any, {named.Count})");
        foreach (var (property, field, fieldPath, type, _) in named)
        {
            var key = GoSyntax.Quote(property.Name);
            var pointer = type.StartsWith('*');
            var nilable = !property.Required;
            var value = pointer && !GoTypes.NeedsConversion(property) ? "*p." + field : "p." + field;
            var assignment = $"m[{key}] = {types.Convert(value, property, fieldPath)}";
            if (nilable)
            {
                writer.Line($"if p.{field} != nil {{").Indent();
                WriteLines(writer, assignment);
                writer.Dedent().Line("}");
            }
            else
            {
                WriteLines(writer, assignment);
            }
        }

        writer.Line("return m");
        writer.Dedent().Line("}").Line();
        writer.Line("// MarshalJSON writes the plan's exact keys and leaves absent optional properties out.");
        writer.Line($"func (p {name}) MarshalJSON() ([]byte, error) {{").Indent();
        writer.Line("return json.Marshal(p.toMap())");
        writer.Dedent().Line("}").Line();
    }

    private static void WriteLines(CodeWriter writer, string text)
    {
        var lines = text.Split('\n');
        writer.Line(lines[0]);
        foreach (var line in lines.Skip(1))
        {
            var depth = line.Length - line.TrimStart('\t').Length;
            for (var i = 0; i < depth; i++)
            {
                writer.Indent();
            }

            writer.Line(line.TrimStart('\t'));
            for (var i = 0; i < depth; i++)
            {
                writer.Dedent();
            }
        }
    }
}
