using System.Text.Json;
using System.Text.Json.Nodes;
using Trackboard.Contracts.Codegen.Shapes;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Codegen.Fixtures;

/// <summary>
/// Valid sample values for properties. Candidates come from the enum, the examples and the constraints;
/// the first one the validator accepts wins, so a sample never breaks a rule the generator did not foresee.
/// </summary>
internal static class FixtureSamples
{
    private const string ProbeEvent = "probe";
    private const string ProbeProperty = "value";

    private static readonly Dictionary<string, string> s_formatSamples = new(StringComparer.Ordinal)
    {
        [StringFormats.DateTime] = "2026-01-01T12:00:00Z",
        [StringFormats.Date] = "2026-01-01",
        [StringFormats.Email] = "user@example.com",
        [StringFormats.Uri] = "https://example.com/",
        [StringFormats.Uuid] = "3f1c1a52-8f2e-4a55-9a57-2b1d3c4e5f60",
        [StringFormats.Ipv4] = "192.0.2.1",
        [StringFormats.Ipv6] = "2001:db8::1",
    };

    private static readonly string[] s_genericStrings = ["sample", "a", "A", "1", "abc", "ABC", "123", "a1", "sample-1", "Sample", ""];

    /// <summary>A valid value, with every optional property of nested objects (<paramref name="full"/>) or only required ones; null when none is found.</summary>
    public static JsonNode? Sample(PropertyDefinition property, bool full) =>
        Candidates(property, full).FirstOrDefault(c => c is not null && Accepts(property, c));

    /// <summary>True when the validator accepts <paramref name="value"/> for the property (with everything below it).</summary>
    public static bool Accepts(PropertyDefinition property, JsonNode value)
    {
        var probe = new Contract
        {
            Events = [new EventDefinition { EventName = ProbeEvent, Properties = [property with { Name = ProbeProperty, Required = true }] }],
        };
        var payload = new JsonObject { ["event"] = ProbeEvent, ["properties"] = new JsonObject { [ProbeProperty] = value.DeepClone() } };
        using var document = JsonDocument.Parse(payload.ToJsonString());
        return EventValidator.Validate(probe, document.RootElement).Violations.All(v => v.Severity != ViolationSeverity.Error);
    }

    private static IEnumerable<JsonNode?> Candidates(PropertyDefinition property, bool full)
    {
        if (EnumShapes.Usable(property) is { } values)
        {
            foreach (var value in values)
            {
                yield return FixtureJson.Scalar(value);
            }
        }

        foreach (var example in property.Examples ?? [])
        {
            yield return JsonNode.Parse(example.GetRawText());
        }

        var c = property.Constraints;
        switch (property.Type)
        {
            case PropertyType.String:
                if (c.Format is { } format && s_formatSamples.TryGetValue(format, out var formatted))
                {
                    yield return formatted;
                }

                foreach (var text in s_genericStrings)
                {
                    yield return FitLength(text, c);
                }

                break;
            case PropertyType.Integer:
                yield return c.Min is { } min && min > -1e18 ? (long)Math.Ceiling(min) : c.Max is { } max && max < 1e18 ? (long)Math.Floor(max) : 1L;
                yield return 0L;
                break;
            case PropertyType.Float:
                yield return c.Min ?? c.Max ?? 1.5;
                yield return 0.0;
                break;
            case PropertyType.Boolean:
                yield return true;
                yield return false;
                break;
            case PropertyType.Array:
                yield return Array(property, full);
                break;
            default:
                yield return ContractShape.IsClosedObject(property) ? Object(property.Properties!, full) : new JsonObject { ["key"] = "value" };
                yield return new JsonObject();
                break;
        }
    }

    /// <summary>An object with a sample for each (required, or every when <paramref name="full"/>) property; null when a required one has none.</summary>
    public static JsonObject? Object(IReadOnlyList<PropertyDefinition> properties, bool full)
    {
        var result = new JsonObject();
        foreach (var property in properties.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (!property.Required && !full)
            {
                continue;
            }

            if (Sample(property, full) is { } value)
            {
                result[property.Name] = value;
            }
            else if (property.Required)
            {
                return null;
            }
        }

        return result;
    }

    /// <summary>One item more or fewer than allowed is made from the sample item.</summary>
    public static JsonNode ItemSample(PropertyDefinition array) =>
        array.Items is { } items ? Sample(items, full: true) ?? JsonValue.Create("item") : JsonValue.Create("item");

    private static JsonArray? Array(PropertyDefinition property, bool full)
    {
        var count = Math.Max(property.Constraints.MinItems ?? 1, 1);
        if (property.Constraints.MaxItems is { } max)
        {
            count = Math.Min(count, max);
        }

        JsonNode item = JsonValue.Create("item");
        if (property.Items is { } items)
        {
            if (Sample(items, full) is not { } sample)
            {
                return count == 0 ? [] : null;
            }

            item = sample;
        }

        var result = new JsonArray();
        for (var i = 0; i < count && i < 100; i++)
        {
            result.Add(item.DeepClone());
        }

        return result;
    }

    private static string FitLength(string text, Constraints c)
    {
        var min = (int)Math.Min(c.MinLength ?? 0, 1000);
        if (text.Length < min)
        {
            text += new string('x', min - text.Length);
        }

        if (c.MaxLength is { } max && text.Length > max)
        {
            text = text[..(int)max];
        }

        return text;
    }
}
