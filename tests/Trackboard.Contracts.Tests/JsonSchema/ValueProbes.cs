using System.Globalization;
using System.Text.Json.Nodes;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Tests.JsonSchema;

/// <summary>
/// Values to put in place of a valid one, each either valid by construction or breaking exactly one rule:
/// wrong JSON kinds, enum neighbours, bounds, lengths, patterns, formats and item counts.
/// </summary>
internal sealed class ValueProbes(ValueFactory factory)
{
    /// <summary>A replacement value and the verdict it was built to have (null when unsure).</summary>
    public readonly record struct Probe(string What, bool? Intended, JsonNode? Value);

    public IEnumerable<Probe> For(PropertyDefinition definition, JsonNode? current)
    {
        foreach (var probe in WrongKinds(definition.Type))
        {
            yield return probe;
        }

        var specific = definition.Type switch
        {
            PropertyType.Integer => Integer(definition.Constraints, current),
            PropertyType.Float => Float(definition.Constraints, current),
            PropertyType.String => String(definition),
            PropertyType.Boolean => Boolean(definition.Constraints),
            PropertyType.Array => Array(definition),
            _ => Object(definition),
        };
        foreach (var probe in specific)
        {
            yield return probe;
        }

    }

    private static IEnumerable<Probe> WrongKinds(PropertyType type)
    {
        var numeric = type is PropertyType.Integer or PropertyType.Float;
        if (type != PropertyType.String)
        {
            yield return new("string", false, JsonValue.Create(numeric ? "7" : type == PropertyType.Boolean ? "true" : "x"));
        }

        if (!numeric)
        {
            yield return new("number", false, JsonValue.Create(1));
            yield return new("fraction", false, JsonNode.Parse("0.5"));
        }

        if (type != PropertyType.Boolean)
        {
            yield return new("boolean", false, JsonValue.Create(true));
        }

        if (type != PropertyType.Array)
        {
            yield return new("array", false, new JsonArray());
        }

        if (type != PropertyType.Object)
        {
            yield return new("object", false, new JsonObject());
        }
    }

    private static IEnumerable<Probe> Integer(Constraints constraints, JsonNode? current)
    {
        if (constraints.EnumValues is { } values)
        {
            foreach (var probe in NumberEnum(values, constraints, integer: true))
            {
                yield return probe;
            }

            yield break;
        }

        if (current is JsonValue value && value.TryGetValue<long>(out var n) && Math.Abs(n) < 1_000_000)
        {
            yield return new("integer written 1.0-style", true, JsonNode.Parse($"{n}.0"));
            yield return new("integer written with exponent", true, JsonNode.Parse($"{n}e0"));
            yield return new("integer written 50e-1-style", true, JsonNode.Parse(n == 0 ? "0e-1" : $"{n}0e-1"));
            yield return new("fractional number", false, JsonNode.Parse($"{n}.5"));
        }

        if (constraints.Min is { } min && Math.Abs(min) < 1e15)
        {
            var atMin = Math.Ceiling(min);
            yield return new("lowest allowed integer", constraints.Max is not { } max || atMin <= max, ValueFactory.Number(atMin));
            yield return new("just below min", false, ValueFactory.Number(atMin - 1));
        }

        if (constraints.Max is { } high && Math.Abs(high) < 1e15)
        {
            var atMax = Math.Floor(high);
            yield return new("highest allowed integer", constraints.Min is not { } low || atMax >= low, ValueFactory.Number(atMax));
            yield return new("just above max", false, ValueFactory.Number(atMax + 1));
        }

        if (constraints.Min is null && constraints.Max is null)
        {
            yield return new("-2^63", true, JsonNode.Parse("-9223372036854775808"));
            yield return new("2^63", false, JsonNode.Parse("9223372036854775808"));
            yield return new("largest double below 2^63", true, JsonNode.Parse("9223372036854774784"));
            yield return new("next double below -2^63", false, JsonNode.Parse("-9223372036854777856"));
            yield return new("1e19", false, JsonNode.Parse("1e19"));
            yield return new("1E300", false, JsonNode.Parse("1E300"));
            yield return new("1e2", true, JsonNode.Parse("1e2"));
            yield return new("-0", true, JsonNode.Parse("-0"));
            yield return new("1.25e1", false, JsonNode.Parse("1.25e1"));
            yield return new("1e400, beyond double", false, JsonNode.Parse("1e400"));
        }
    }

    private static IEnumerable<Probe> Float(Constraints constraints, JsonNode? current)
    {
        if (constraints.EnumValues is { } values)
        {
            foreach (var probe in NumberEnum(values, constraints, integer: false))
            {
                yield return probe;
            }

            yield break;
        }

        if (current is JsonValue value && value.TryGetValue<double>(out var x) && Math.Floor(x) == x && Math.Abs(x) < 1e6)
        {
            yield return new("integral float written as integer", true, JsonNode.Parse(((long)x).ToString(CultureInfo.InvariantCulture)));
        }

        if (constraints.Min is { } min)
        {
            yield return new("at min", constraints.Max is not { } max || min <= max, ValueFactory.Number(min));
            yield return new("next double below min", false, ValueFactory.Number(Math.BitDecrement(min)));
            yield return new("min - 1", false, ValueFactory.Number(min - 1));
        }

        if (constraints.Max is { } high)
        {
            yield return new("at max", constraints.Min is not { } low || high >= low, ValueFactory.Number(high));
            yield return new("next double above max", false, ValueFactory.Number(Math.BitIncrement(high)));
            yield return new("max + 1", false, ValueFactory.Number(high + 1));
        }

        if (constraints.Min is null && constraints.Max is null)
        {
            yield return new("1e308", true, JsonNode.Parse("1e308"));
            yield return new("-1.5e-300", true, JsonNode.Parse("-1.5e-300"));
            yield return new("-0.0", true, JsonNode.Parse("-0.0"));
            yield return new("1.5", true, JsonNode.Parse("1.5"));
            yield return new("1e400, beyond double", true, JsonNode.Parse("1e400"));
        }
    }

    private static IEnumerable<Probe> NumberEnum(IReadOnlyList<ScalarValue> values, Constraints constraints, bool integer)
    {
        var type = integer ? PropertyType.Integer : PropertyType.Float;
        foreach (var v in values.Where(v => v.Kind != ScalarKind.Null))
        {
            var valid = TypeRules.CanMatch(type, v) && ValueFactory.FitsScalar(constraints, v);
            yield return new($"enum value {v}", valid, ValueFactory.Scalar(v));
            if (v.Kind == ScalarKind.Number)
            {
                yield return new($"enum value {v} as a string", false, JsonValue.Create(v.ToString()));
                if (!v.ToString().Contains('e', StringComparison.Ordinal))
                {
                    yield return new($"enum value {v} with exponent", valid, JsonNode.Parse(v.ToString() + "e0"));
                }

                if (v.Integer is { } i)
                {
                    yield return new($"enum value {v} written as {i}.0", valid, JsonNode.Parse($"{i}.0"));
                }
            }
        }

        var numbers = values.Where(v => v.Kind == ScalarKind.Number).Select(v => v.Number).ToList();
        var outside = (numbers.Count > 0 ? numbers.Max() : 0) + (integer ? 1 : 0.25);
        if (Math.Abs(outside) < 1e15)
        {
            yield return new("number not in enum", false, ValueFactory.Number(outside));
        }
    }

    private IEnumerable<Probe> String(PropertyDefinition definition)
    {
        var constraints = definition.Constraints;
        if (constraints.EnumValues is { } values)
        {
            var strings = values.Where(v => v.Kind == ScalarKind.String).Select(v => v.Text!).ToList();
            var sure = constraints.Pattern is null && constraints.Format is null;
            foreach (var v in strings)
            {
                yield return new($"enum value \"{v}\"", sure ? ValueFactory.FitsLength(constraints, v) : null, JsonValue.Create(v));
                if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                {
                    yield return new($"enum value \"{v}\" as a number", false, ValueFactory.Number(number));
                }
            }

            var other = (strings.Count > 0 ? strings[0] : "") + "_x";
            if (!strings.Contains(other, StringComparer.Ordinal))
            {
                yield return new("string not in enum", false, JsonValue.Create(other));
            }

            var upper = strings.Count > 0 ? strings[0].ToUpperInvariant() : "";
            if (!strings.Contains(upper, StringComparer.Ordinal))
            {
                yield return new("enum value in other case", false, JsonValue.Create(upper));
            }

            yield break;
        }

        if (constraints.Format is { } format)
        {
            foreach (var sample in FormatSamples.Valid[format])
            {
                var fits = ValueFactory.FitsLength(constraints, sample)
                    && (constraints.Pattern is not { } p || ValueFactory.PatternVerdict(p, sample) == true);
                yield return new($"valid {format}", fits ? true : null, JsonValue.Create(sample));
            }

            foreach (var sample in FormatSamples.Invalid[format])
            {
                yield return new($"invalid {format}", false, JsonValue.Create(sample));
            }

            yield break;
        }

        if (constraints.Pattern is { } pattern)
        {
            foreach (var probe in Pattern(definition, pattern))
            {
                yield return probe;
            }

            yield break;
        }

        foreach (var probe in Lengths(constraints))
        {
            yield return probe;
        }
    }

    private static IEnumerable<Probe> Pattern(PropertyDefinition definition, string pattern)
    {
        var constraints = definition.Constraints;
        var examples = (definition.Examples ?? []).Where(e => e.ValueKind == System.Text.Json.JsonValueKind.String).Select(e => e.GetString()!).ToList();
        var seed = examples.Count > 0 ? examples[0] : "abc";
        string[] candidates = ["", "!", seed + "!", "!" + seed, seed.ToUpperInvariant(), seed.ToLowerInvariant(), seed.Replace('1', 'x'), .. examples];
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal))
        {
            bool? verdict = ValueFactory.PatternVerdict(pattern, candidate) is { } matches
                ? matches && ValueFactory.FitsLength(constraints, candidate)
                : null;
            yield return new("pattern candidate " + Quote(candidate), verdict, JsonValue.Create(candidate));
        }

        // Where .NET and ECMA-262 regexes differ unless the exporter translates the pattern: a final newline
        // before `$`, non-ASCII digits and letters for \d and \w, U+0085 and U+00A0 for \s.
        string[] dialect =
        [
            seed + "\n", seed + "\r\n", seed.Replace(' ', '\u0085'), seed.Replace(' ', '\u00A0'),
            string.Concat(seed.Select(c => c is >= '0' and <= '9' ? (char)('\u0660' + (c - '0')) : c)),
            string.Concat(seed.Select(c => char.IsAsciiLetter(c) ? 'é' : c)),
        ];
        foreach (var candidate in dialect.Distinct(StringComparer.Ordinal).Where(d => d != seed))
        {
            yield return new("pattern dialect candidate " + Quote(candidate), null, JsonValue.Create(candidate));
        }
    }

    private IEnumerable<Probe> Lengths(Constraints constraints)
    {
        yield return new("astral code points", constraints.MinLength is not > 2 && constraints.MaxLength is not < 2, JsonValue.Create("😀😀"));
        yield return new("combining sequence", constraints.MinLength is not > 2 && constraints.MaxLength is not < 2, JsonValue.Create("e\u0301"));
        if (constraints.MinLength is { } min)
        {
            yield return new($"exactly min_length {min}", constraints.MaxLength is not { } max || min <= max, JsonValue.Create(factory.Text(min)));
            yield return new($"min_length {min} in emoji", constraints.MaxLength is not { } max2 || min <= max2, JsonValue.Create(string.Concat(Enumerable.Repeat("😀", (int)min))));
            if (min > 0)
            {
                yield return new("one code point short", false, JsonValue.Create(factory.Text(min - 1)));
            }
        }

        if (constraints.MaxLength is { } high)
        {
            var fits = constraints.MinLength is not { } low || high >= low;
            yield return new($"exactly max_length {high}", fits, JsonValue.Create(factory.Text(high)));
            yield return new($"max_length {high} in emoji", fits, JsonValue.Create(string.Concat(Enumerable.Repeat("👍", (int)high))));
            yield return new("one code point too many", false, JsonValue.Create(factory.Text(high + 1)));
            yield return new("one emoji too many", false, JsonValue.Create(string.Concat(Enumerable.Repeat("😀", (int)high + 1))));
        }
    }

    private static IEnumerable<Probe> Boolean(Constraints constraints)
    {
        if (constraints.EnumValues is { } values)
        {
            foreach (var b in new[] { true, false })
            {
                yield return new($"boolean {b}", values.Any(v => v.Kind == ScalarKind.Boolean && v.Boolean == b), JsonValue.Create(b));
            }
        }
        else
        {
            yield return new("false", true, JsonValue.Create(false));
            yield return new("true", true, JsonValue.Create(true));
        }

        yield return new("0 for a boolean", false, JsonValue.Create(0));
    }

    private IEnumerable<Probe> Array(PropertyDefinition definition)
    {
        var min = definition.Constraints.MinItems ?? 0;
        var max = definition.Constraints.MaxItems;
        yield return new("empty array", min == 0, new JsonArray());
        if (min > 0)
        {
            yield return Items(definition, min - 1, false, "one item short");
            yield return Items(definition, min, max is not { } m || min <= m, "exactly min_items");
        }

        if (max is { } high)
        {
            yield return Items(definition, high, high >= min, "exactly max_items");
            yield return Items(definition, high + 1, false, "one item too many");
        }
    }

    private Probe Items(PropertyDefinition definition, long count, bool intended, string what)
    {
        var (value, known) = factory.Elements(definition, count);
        return new($"{what} ({count})", intended ? (known ? true : null) : false, value);
    }

    private IEnumerable<Probe> Object(PropertyDefinition definition)
    {
        if (definition.Properties is { } members)
        {
            yield return new("empty object", !members.Any(m => m.Required), new JsonObject());
        }
        else
        {
            yield return new("open object with anything", true, new JsonObject { ["any"] = new JsonArray(JsonValue.Create(1), JsonValue.Create("x"), null) });
        }
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text, s_quoting);

    private static readonly System.Text.Json.JsonSerializerOptions s_quoting =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
