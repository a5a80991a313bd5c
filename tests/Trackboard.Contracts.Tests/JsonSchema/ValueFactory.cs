using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Tests.JsonSchema;

/// <summary>
/// Builds random values that satisfy a property definition. A value is "known" valid when the factory
/// can be sure of it; patterns are judged with a .NET regex on plain ASCII only, where the regex dialects agree.
/// </summary>
internal sealed class ValueFactory(Random random)
{
    // Code points of 1 to 4 UTF-8 bytes, astral ones (2 UTF-16 units) and a combining mark among them.
    private static readonly int[] s_codePoints =
        ['a', 'k', 'z', 'Q', '7', ' ', '_', 0xE9, 0xDF, 0x4E2D, 0x1F600, 0x1F44D, 0x0301, 0x10348];

    private static readonly string[] s_openKeys = ["a", "b", "x y", "n"];

    public (JsonNode? Value, bool Known) Valid(PropertyDefinition definition)
    {
        var constraints = definition.Constraints;
        if (constraints.EnumValues is { } values)
        {
            var fitting = values.Where(v => v.Kind != ScalarKind.Null && TypeRules.CanMatch(definition.Type, v) && FitsScalar(constraints, v)).ToList();
            if (fitting.Count == 0)
            {
                return (values.Count > 0 ? Scalar(values[0]) : JsonValue.Create("no value fits"), false);
            }

            var pick = fitting[random.Next(fitting.Count)];
            return (Scalar(pick), constraints.Pattern is null && constraints.Format is null);
        }

        return definition.Type switch
        {
            PropertyType.String => String(definition),
            PropertyType.Integer => Integer(constraints),
            PropertyType.Float => Float(constraints),
            PropertyType.Boolean => (JsonValue.Create(random.Next(2) == 0), true),
            PropertyType.Array => Array(definition),
            _ => Object(definition),
        };
    }

    /// <summary>A string of exactly <paramref name="codePoints"/> code points, mixing BMP and astral characters.</summary>
    public string Text(long codePoints)
    {
        var text = new StringBuilder();
        for (var i = 0; i < codePoints; i++)
        {
            // Never start with a combining mark, so the text stays well-formed for humans reading failures.
            var cp = s_codePoints[random.Next(s_codePoints.Length)];
            text.Append(char.ConvertFromUtf32(i == 0 && cp == 0x0301 ? 'a' : cp));
        }

        return text.ToString();
    }

    /// <summary>Any JSON value, for open objects and arrays without an items schema.</summary>
    public JsonNode? Anything() => random.Next(7) switch
    {
        0 => JsonValue.Create(1),
        1 => JsonValue.Create("s"),
        2 => JsonValue.Create(true),
        3 => null,
        4 => JsonNode.Parse("1.5"),
        5 => new JsonArray(JsonValue.Create(1), null),
        _ => new JsonObject { ["a"] = new JsonObject { ["b"] = null } },
    };

    public static JsonNode? Scalar(ScalarValue value) => value.Kind switch
    {
        ScalarKind.Null => null,
        ScalarKind.String => JsonValue.Create(value.Text),
        ScalarKind.Boolean => JsonValue.Create(value.Boolean),
        _ => JsonNode.Parse(value.ToString()),
    };

    public static JsonNode Number(double value) => JsonNode.Parse(value.ToString("R", CultureInfo.InvariantCulture))!;

    public static bool FitsScalar(Constraints constraints, ScalarValue value) => value.Kind switch
    {
        ScalarKind.Number => (constraints.Min is not { } min || value.Number >= min) && (constraints.Max is not { } max || value.Number <= max),
        ScalarKind.String => FitsLength(constraints, value.Text!),
        _ => true,
    };

    public static bool FitsLength(Constraints constraints, string text)
    {
        var length = text.EnumerateRunes().Count();
        return (constraints.MinLength is not { } min || length >= min) && (constraints.MaxLength is not { } max || length <= max);
    }

    /// <summary>Whether a string matches a pattern, when that is certain in both regex dialects; null otherwise.</summary>
    public static bool? PatternVerdict(string pattern, string text) =>
        text.All(c => c is >= ' ' and <= '~') ? Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)) : null;

    private (JsonNode?, bool) String(PropertyDefinition definition)
    {
        var constraints = definition.Constraints;
        if (constraints.Format is { } format)
        {
            var samples = FormatSamples.Valid[format].Where(s => FitsLength(constraints, s)).ToList();
            var sample = samples.Count > 0 ? samples[random.Next(samples.Count)] : FormatSamples.Valid[format][0];
            var known = samples.Count > 0 && (constraints.Pattern is not { } p || PatternVerdict(p, sample) == true);
            return (JsonValue.Create(sample), known);
        }

        if (constraints.Pattern is { } pattern)
        {
            var examples = (definition.Examples ?? [])
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!)
                .Where(s => FitsLength(constraints, s) && PatternVerdict(pattern, s) == true)
                .ToList();
            return examples.Count > 0
                ? (JsonValue.Create(examples[random.Next(examples.Count)]), true)
                : (JsonValue.Create(Text(constraints.MinLength ?? 3)), false);
        }

        var low = constraints.MinLength ?? 0;
        var high = Math.Min(constraints.MaxLength ?? low + 12, low + 12);
        return low > high ? (JsonValue.Create(""), false) : (JsonValue.Create(Text(low + random.Next((int)(high - low + 1)))), true);
    }

    private (JsonNode?, bool) Integer(Constraints constraints)
    {
        const double limit = 1_000_000;
        var low = Math.Ceiling(constraints.Min ?? -limit);
        var high = Math.Floor(constraints.Max ?? (constraints.Min is { } min ? Math.Ceiling(min) + 2 * limit : limit));
        if (low > high || Math.Abs(low) > 4e15 || Math.Abs(high) > 4e15)
        {
            return (JsonValue.Create(0), false);
        }

        return (JsonValue.Create((long)low + random.NextInt64((long)(high - low) + 1)), true);
    }

    private (JsonNode?, bool) Float(Constraints constraints)
    {
        var low = constraints.Min ?? (constraints.Max is { } max ? max - 1000 : -1000);
        var high = constraints.Max ?? low + 2000;
        var value = Math.Round(low + (random.NextDouble() * (high - low)), 2);
        value = Math.Clamp(value, low, high);
        return (Number(value), low <= high);
    }

    private (JsonNode?, bool) Array(PropertyDefinition definition)
    {
        var low = definition.Constraints.MinItems ?? 0;
        var high = Math.Min(definition.Constraints.MaxItems ?? low + 3, low + 3);
        var count = low > high ? 0 : low + random.Next((int)(high - low + 1));
        return Elements(definition, count, low <= high);
    }

    /// <summary>An array of <paramref name="count"/> valid elements.</summary>
    public (JsonNode?, bool) Elements(PropertyDefinition definition, long count, bool known = true)
    {
        var array = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            if (definition.Items is { } items)
            {
                var (element, elementKnown) = Valid(items);
                known &= elementKnown;
                array.Add(element);
            }
            else
            {
                array.Add(Anything());
            }
        }

        return (array, known);
    }

    private (JsonNode?, bool) Object(PropertyDefinition definition)
    {
        var result = new JsonObject();
        if (definition.Properties is not { } members)
        {
            for (var i = random.Next(3); i > 0; i--)
            {
                result[s_openKeys[random.Next(s_openKeys.Length)]] = Anything();
            }

            return (result, true);
        }

        var (node, known) = Members(members);
        return (node, known);
    }

    /// <summary>
    /// An object with every required member and some optional ones; an optional member is sometimes
    /// <c>null</c>, which means absent.
    /// </summary>
    public (JsonObject Value, bool Known) Members(IEnumerable<PropertyDefinition> members)
    {
        var result = new JsonObject();
        var known = true;
        foreach (var member in members)
        {
            var roll = random.Next(10);
            if (!member.Required && roll < 3)
            {
                continue;
            }

            if (!member.Required && roll == 3)
            {
                result[member.Name] = null;
                continue;
            }

            var (value, valueKnown) = Valid(member);
            known &= valueKnown;
            result[member.Name] = value;
        }

        return (result, known);
    }
}
