using System.Text.Json.Nodes;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Tests.JsonSchema;

/// <summary>
/// Generates track payloads for a contract from a seed: random valid payloads per event, and for each one
/// mutations that break exactly one rule (or are valid variants), down through nested objects and arrays.
/// The same contract and seed always give the same payloads.
/// </summary>
internal sealed class PayloadGenerator
{
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

    /// <summary>Every case, each flagged when its verdict depends on regex or RFC dialect (see <see cref="FormatSamples.Dialect"/>).</summary>
    public IEnumerable<(PayloadCase Case, bool Dialect)> Generate(int basesPerEvent)
    {
        foreach (var definition in _contract.Events.OrderBy(e => e.EventName, StringComparer.Ordinal))
        {
            var merged = _contract.GetMergedProperties(definition);
            for (var i = 0; i < basesPerEvent; i++)
            {
                var (properties, known) = _values.Members(merged);
                var payload = new JsonObject { ["event"] = definition.EventName, ["properties"] = properties };
                yield return (new PayloadCase(definition.EventName, "valid", known ? true : null, payload.ToJsonString()), false);
                var mutations = Envelope(definition, merged).Concat(Members(["properties"], merged, properties));
                foreach (var (mutation, dialect) in mutations)
                {
                    var intended = mutation.Intended == false ? false : known ? mutation.Intended : null;
                    var json = mutation.ApplyTo(payload)?.ToJsonString() ?? "null";
                    yield return (new PayloadCase(definition.EventName, mutation.Label, intended, json), dialect);
                }
            }
        }
    }

    private IEnumerable<(Mutation, bool)> Envelope(EventDefinition definition, IReadOnlyList<PropertyDefinition> merged)
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

        return mutations.Select(m => (m, false));
    }

    private IEnumerable<(Mutation, bool)> Members(List<object> objectPath, IReadOnlyList<PropertyDefinition> members, JsonObject current)
    {
        var unknown = "zz_unknown";
        yield return (Mutation.Set([.. objectPath, unknown], "unknown property", false, JsonValue.Create(1)), false);
        yield return (Mutation.Set([.. objectPath, unknown], "unknown property set to null", false, null), false);
        foreach (var member in members)
        {
            List<object> path = [.. objectPath, member.Name];
            var present = current.TryGetPropertyValue(member.Name, out var value);
            if (present)
            {
                yield return (Mutation.Delete(path, !member.Required), false);
            }

            yield return (Mutation.Set(path, "null", !member.Required, null), false);
            if (!present || value is null)
            {
                var (fresh, known) = _values.Valid(member);
                yield return (Mutation.Set(path, "optional member given", known ? true : null, fresh), false);
            }

            foreach (var mutation in Value(path, member, value))
            {
                yield return mutation;
            }
        }
    }

    private IEnumerable<(Mutation, bool)> Value(List<object> path, PropertyDefinition definition, JsonNode? current)
    {
        foreach (var probe in _probes.For(definition, current))
        {
            yield return (Mutation.Set(path, probe.What, probe.Intended, probe.Value), probe.Dialect);
        }

        if (definition.Type == PropertyType.Object && current is JsonObject obj)
        {
            var nested = definition.Properties is { } members
                ? Members(path, members, obj)
                : [(Mutation.Set([.. path, "zz_extra"], "extra key in an open object", true, _values.Anything()), false)];
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
                yield return (Mutation.Set(first, "null element without items schema", true, null), false);
                yield return (Mutation.Set(first, "object element without items schema", true, new JsonObject { ["k"] = 1 }), false);
                yield break;
            }

            // Null means "absent" only for object members: a null element is a type mismatch.
            yield return (Mutation.Set(first, "null element", false, null), false);
            foreach (var mutation in Value(first, items, array[0]))
            {
                yield return mutation;
            }
        }
    }
}
