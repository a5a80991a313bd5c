using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Tests.JsonSchema;

/// <summary>
/// Generates track payloads for a contract from a seed: random valid payloads per event, and for each one
/// mutations that break exactly one rule (or are valid variants), down through nested objects and arrays.
/// The same contract and seed always give the same payloads.
/// </summary>
internal sealed partial class PayloadGenerator
{
    // Raw UTF-8 (astral characters included) for half the bases, \u escapes for the other half, so both
    // the validator's byte path and its unescaping are exercised.
    private static readonly JsonSerializerOptions s_raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions s_escaped = new();

    private readonly Contract _contract;
    private readonly Random _random;
    private readonly ValueFactory _values;
    private readonly ValueProbes _probes;

    public PayloadGenerator(Contract contract, int seed)
    {
        _contract = contract;
        _random = new Random(seed);
        _values = new ValueFactory(_random);
        _probes = new ValueProbes(_values);
    }

    /// <summary>Every case: per event, <paramref name="basesPerEvent"/> valid payloads, each followed by its mutations.</summary>
    public IEnumerable<PayloadCase> Generate(int basesPerEvent)
    {
        foreach (var definition in _contract.Events.OrderBy(e => e.EventName, StringComparer.Ordinal))
        {
            var merged = _contract.GetMergedProperties(definition);
            for (var i = 0; i < basesPerEvent; i++)
            {
                var options = i % 2 == 0 ? s_raw : s_escaped;
                var (properties, known) = _values.Members(merged);
                var payload = new JsonObject { ["event"] = definition.EventName, ["properties"] = properties };
                yield return new PayloadCase(definition.EventName, "valid", known ? true : null, Write(payload, options));
                var mutations = Envelope(definition, merged).Concat(Members(["properties"], merged, properties));
                foreach (var mutation in mutations)
                {
                    var intended = mutation.Intended == false ? false : known ? mutation.Intended : null;
                    var json = Write(mutation.ApplyTo(payload), options);
                    yield return new PayloadCase(definition.EventName, mutation.Label, intended, json);
                }
            }
        }
    }

    private static string Write(JsonNode? node, JsonSerializerOptions options)
    {
        var json = node?.ToJsonString(options) ?? "null";
        return options == s_raw ? EscapedSurrogatePair().Replace(json, m => char.ConvertFromUtf32(
            char.ConvertToUtf32((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                (char)int.Parse(m.Groups[2].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)))) : json;
    }

    [GeneratedRegex(@"(?<!\\)\\u(D[89AB][0-9A-F]{2})\\u(D[C-F][0-9A-F]{2})", RegexOptions.IgnoreCase)]
    private static partial Regex EscapedSurrogatePair();

    private IEnumerable<Mutation> Envelope(EventDefinition definition, IReadOnlyList<PropertyDefinition> merged)
    {
        var anyRequired = merged.Any(p => p.Required);
        var unknownName = definition.EventName + "_unknown";
        while (_contract.FindEvent(unknownName) is not null)
        {
            unknownName += "_";
        }

        var upper = definition.EventName.ToUpperInvariant();
        List<Mutation> mutations =
        [
            Mutation.Set([], "array payload", false, new JsonArray()),
            Mutation.Set([], "string payload", false, JsonValue.Create("x")),
            Mutation.Set([], "number payload", false, JsonValue.Create(1)),
            Mutation.Set([], "null payload", false, null),
            Mutation.Set(["event"], "unknown event", false, JsonValue.Create(unknownName)),
            Mutation.Set(["event"], "event as number", false, JsonValue.Create(1)),
            Mutation.Set(["event"], "event null", false, null),
            Mutation.Delete(["event"], false),
            Mutation.Delete(["properties"], !anyRequired),
            Mutation.Set(["properties"], "properties null", false, null),
            Mutation.Set(["properties"], "properties array", false, new JsonArray()),
            Mutation.Set(["properties"], "properties string", false, JsonValue.Create("{}")),
            Mutation.Set(["properties"], "properties number", false, JsonValue.Create(0)),
            Mutation.Set(["properties"], "empty properties", !anyRequired, new JsonObject()),
            Mutation.Set(["userId"], "envelope field", true, JsonValue.Create("u1")),
            Mutation.Set(["context"], "envelope object", true, new JsonObject { ["trackboard"] = new JsonObject { ["contract_version"] = 1 } }),
            Mutation.Set(["timestamp"], "envelope timestamp", true, JsonValue.Create("2024-01-15T10:30:00Z")),
        ];
        if (_contract.FindEvent(upper) is null && upper != definition.EventName)
        {
            mutations.Add(Mutation.Set(["event"], "event in other case", false, JsonValue.Create(upper)));
        }

        return mutations;
    }

    private IEnumerable<Mutation> Members(List<object> objectPath, IReadOnlyList<PropertyDefinition> members, JsonObject current)
    {
        var unknown = "zz_unknown";
        yield return Mutation.Set([.. objectPath, unknown], "unknown property", false, JsonValue.Create(1));
        yield return Mutation.Set([.. objectPath, unknown], "unknown property set to null", false, null);
        foreach (var member in members)
        {
            List<object> path = [.. objectPath, member.Name];
            var present = current.TryGetPropertyValue(member.Name, out var value);
            if (present)
            {
                yield return Mutation.Delete(path, !member.Required);
            }

            yield return Mutation.Set(path, "null", !member.Required, null);
            if (!present || value is null)
            {
                var (fresh, known) = _values.Valid(member);
                yield return Mutation.Set(path, "optional member given", known ? true : null, fresh);
            }

            foreach (var mutation in Value(path, member, value))
            {
                yield return mutation;
            }
        }
    }

    private IEnumerable<Mutation> Value(List<object> path, PropertyDefinition definition, JsonNode? current)
    {
        foreach (var probe in _probes.For(definition, current))
        {
            yield return Mutation.Set(path, probe.What, probe.Intended, probe.Value);
        }

        if (definition.Type == PropertyType.Object && current is JsonObject obj)
        {
            var nested = definition.Properties is { } members
                ? Members(path, members, obj)
                : [Mutation.Set([.. path, "zz_extra"], "extra key in an open object", true, _values.Anything())];
            foreach (var mutation in nested)
            {
                yield return mutation;
            }
        }

        if (definition.Type == PropertyType.Array && current is JsonArray { Count: > 0 } array)
        {
            List<object> first = [.. path, 0];
            if (definition.Items is not { } items)
            {
                yield return Mutation.Set(first, "null element without items schema", true, null);
                yield return Mutation.Set(first, "object element without items schema", true, new JsonObject { ["k"] = 1 });
                yield break;
            }

            // Null means "absent" only for object members: a null element is a type mismatch.
            yield return Mutation.Set(first, "null element", false, null);
            foreach (var mutation in Value(first, items, array[0]))
            {
                yield return mutation;
            }
        }
    }
}
