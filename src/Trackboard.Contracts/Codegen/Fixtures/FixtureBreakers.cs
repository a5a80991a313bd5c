using System.Text.Json.Nodes;
using Trackboard.Contracts.Codegen.Shapes;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Codegen.Fixtures;

/// <summary>
/// Candidate values that break one rule of a property. Several candidates per rule: the generator keeps
/// the first that the validator rejects with exactly that rule and nothing else.
/// </summary>
internal static class FixtureBreakers
{
    private static readonly string[] s_patternBreakers = ["!", "", " ", "~~~", "0", "a", "A", "🎉", "sample"];

    /// <summary>(violation code, candidate replacement values) for the property's own rules.</summary>
    public static IEnumerable<(string Code, IEnumerable<JsonNode?> Values)> For(PropertyDefinition property, JsonNode valid)
    {
        yield return (ViolationCodes.TypeMismatch, WrongKind(property));
        var c = property.Constraints;
        if (EnumShapes.Usable(property) is { } values)
        {
            yield return (ViolationCodes.EnumViolation, NotInEnum(property, values));
        }

        if (c.Min is { } min)
        {
            yield return (ViolationCodes.MinViolation, Number(property, min, -1));
        }

        if (c.Max is { } max)
        {
            yield return (ViolationCodes.MaxViolation, Number(property, max, +1));
        }

        var text = valid.GetValueKind() == System.Text.Json.JsonValueKind.String ? valid.GetValue<string>() : "sample";
        if (c.MinLength is { } minLength and > 0 and < 10_000)
        {
            var runes = text.EnumerateRunes().Take((int)minLength - 1).Select(r => r.ToString());
            yield return (ViolationCodes.MinLengthViolation, [string.Concat(runes), new string('a', (int)minLength - 1), new string('1', (int)minLength - 1)]);
        }

        if (c.MaxLength is { } maxLength and < 10_000)
        {
            var length = (int)maxLength + 1;
            yield return (ViolationCodes.MaxLengthViolation, [Pad(text, length, 'x'), Pad(text, length, '0'), new string('a', length), new string('1', length)]);
        }

        if (c.Pattern is not null)
        {
            yield return (ViolationCodes.PatternViolation, s_patternBreakers.Select(s => (JsonNode?)JsonValue.Create(s)));
        }

        if (c.Format is { } format)
        {
            yield return (ViolationCodes.FormatViolation, ["not a " + format, "x"]);
        }

        if (valid is JsonArray array)
        {
            if (c.MinItems is { } minItems and > 0 and < 1000)
            {
                yield return (ViolationCodes.MinItemsViolation, [Items(array, FixtureSamples.ItemSample(property), (int)minItems - 1)]);
            }

            if (c.MaxItems is { } maxItems and < 1000)
            {
                yield return (ViolationCodes.MaxItemsViolation, [Items(array, FixtureSamples.ItemSample(property), (int)maxItems + 1)]);
            }
        }
    }

    private static IEnumerable<JsonNode?> WrongKind(PropertyDefinition property) => property.Type switch
    {
        PropertyType.String => [JsonValue.Create(12345)],
        PropertyType.Integer => [JsonValue.Create(1.5), JsonValue.Create("1")],
        _ => [JsonValue.Create("wrong type"), JsonValue.Create(12345)],
    };

    private static IEnumerable<JsonNode?> NotInEnum(PropertyDefinition property, IReadOnlyList<ScalarValue> values)
    {
        switch (property.Type)
        {
            case PropertyType.String:
                foreach (var text in new[] { "not_in_enum", "zzz", "x", "0", "" })
                {
                    yield return JsonValue.Create(text);
                }

                break;
            case PropertyType.Boolean:
                foreach (var candidate in new[] { true, false }.Where(b => !values.Any(v => v.Boolean == b)))
                {
                    yield return JsonValue.Create(candidate);
                }

                break;
            default:
                var numbers = values.Select(v => v.Number).DefaultIfEmpty(0).ToList();
                var step = property.Type == PropertyType.Integer ? 1 : 0.5;
                double[] tries = [numbers.Max() + step, numbers.Min() - step, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
                foreach (var candidate in tries.Where(t => !numbers.Contains(t)))
                {
                    yield return NumberNode(property, candidate);
                }

                break;
        }
    }

    private static IEnumerable<JsonNode?> Number(PropertyDefinition property, double bound, int direction)
    {
        if (property.Type == PropertyType.Integer)
        {
            var edge = direction < 0 ? Math.Ceiling(bound) - 1 : Math.Floor(bound) + 1;
            if (NumberRules.IsInteger(edge))
            {
                yield return JsonValue.Create((long)edge);
            }
        }
        else if (property.Type == PropertyType.Float)
        {
            yield return JsonValue.Create(bound + direction);
            yield return JsonValue.Create(bound + (direction * 0.5));
        }
    }

    private static JsonNode? NumberNode(PropertyDefinition property, double value) =>
        property.Type == PropertyType.Integer && NumberRules.TryGetExactInteger(value, out var exact) ? JsonValue.Create(exact) : JsonValue.Create(value);

    private static string Pad(string text, int length, char padding)
    {
        var runes = text.EnumerateRunes().Take(length).Select(r => r.ToString()).ToList();
        return string.Concat(runes) + new string(padding, length - runes.Count);
    }

    private static JsonArray Items(JsonArray array, JsonNode item, int count)
    {
        var result = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            result.Add(i < array.Count ? array[i]!.DeepClone() : item.DeepClone());
        }

        return result;
    }
}
