using System.Buffers;
using System.Text;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Canonical;

/// <summary>
/// Maps a contract to the canonical document that docs/contract-format.md specifies: which fields are
/// always written, which only when set, and how lists are ordered. Each object's members are written
/// in ordinal key order, spelled out in every method below (a test checks every object of an export).
/// </summary>
internal static class CanonicalModel
{
    /// <summary>The top-level fields <c>schema_hash</c> leaves out.</summary>
    public static IReadOnlySet<string> MetadataKeys { get; } =
        new HashSet<string>(["plan_id", "version_id", "version_number", "name", "description", "published_at"], StringComparer.Ordinal);

    /// <summary>
    /// The top-level members without <c>hash</c> and <c>schema_hash</c>, each value serialized once (all
    /// into one array), so the document, its hash and its schema hash are composed without serializing
    /// the events again.
    /// </summary>
    public static List<KeyValuePair<string, ReadOnlyMemory<byte>>> RootMembers(Contract contract)
    {
        using var w = new CanonicalJsonWriter(64 << 10);
        var spans = new List<(string Key, int Start, int End)>();
        void Add(string key, Action write)
        {
            var start = w.WrittenCount;
            write();
            spans.Add((key, start, w.WrittenCount));
        }

        void AddIfSet(string key, string? value)
        {
            if (value is not null)
            {
                Add(key, () => w.String(value));
            }
        }

        void AddSection(string key, string listKey, CallSection? section)
        {
            if (section is not null)
            {
                Add(key, () =>
                {
                    w.StartObject();
                    w.Member(listKey);
                    Properties(w, section.Properties);
                    w.EndObject();
                });
            }
        }

        Add("format_version", () => w.String(contract.FormatVersion));
        Add("global_properties", () => Properties(w, contract.GlobalProperties));
        Add("events", () => Events(w, contract.Events));
        AddIfSet("plan_id", contract.PlanId);
        AddIfSet("version_id", contract.VersionId);
        if (contract.VersionNumber is { } versionNumber)
        {
            Add("version_number", () => w.Number(versionNumber));
        }

        AddIfSet("name", contract.Name);
        AddIfSet("description", contract.Description);
        AddIfSet("published_at", contract.PublishedAt);
        AddSection("identify", "traits", contract.Identify);
        AddSection("group", "traits", contract.Group);
        AddSection("page", "properties", contract.Page);
        AddSection("screen", "properties", contract.Screen);
        var bytes = w.ToArray();
        return [.. spans.Select(s => new KeyValuePair<string, ReadOnlyMemory<byte>>(s.Key, bytes.AsMemory(s.Start, s.End - s.Start)))];
    }

    /// <summary>
    /// Writes the root object from <see cref="RootMembers"/> in canonical key order: without the metadata
    /// fields when <paramref name="includeMetadata"/> is false, and with the hash fields when given.
    /// </summary>
    public static void Compose(IBufferWriter<byte> output, IReadOnlyList<KeyValuePair<string, ReadOnlyMemory<byte>>> members,
        bool includeMetadata, string? hash = null, string? schemaHash = null)
    {
        var selected = members.Where(m => includeMetadata || !MetadataKeys.Contains(m.Key)).ToList();
        if (hash is not null)
        {
            selected.Add(new("hash", CanonicalJsonWriter.ToBytes(hash)));
        }

        if (schemaHash is not null)
        {
            selected.Add(new("schema_hash", CanonicalJsonWriter.ToBytes(schemaHash)));
        }

        selected.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        output.Write("{"u8);
        for (var i = 0; i < selected.Count; i++)
        {
            // Root keys are fixed ASCII identifiers: no escaping needed.
            output.Write(i == 0 ? "\""u8 : ",\""u8);
            output.Write(Encoding.ASCII.GetBytes(selected[i].Key));
            output.Write("\":"u8);
            output.Write(selected[i].Value.Span);
        }

        output.Write("}"u8);
    }

    private static void Events(CanonicalJsonWriter w, IReadOnlyList<EventDefinition> events)
    {
        w.StartArray();
        foreach (var definition in events.OrderBy(e => e.EventName, StringComparer.Ordinal))
        {
            w.Item();
            Event(w, definition);
        }

        w.EndArray();
    }

    private static void Event(CanonicalJsonWriter w, EventDefinition definition)
    {
        w.StartObject();
        StringIfSet(w, "category", definition.Category);
        StringIfSet(w, "description", definition.Description);
        w.Member("event_name");
        w.String(definition.EventName);
        w.Member("global_properties");
        Strings(w, definition.GlobalProperties.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        if (definition.ImplementationGuidance is { } guidance)
        {
            w.Member("implementation_guidance");
            Guidance(w, guidance);
        }

        StringIfSet(w, "owner", definition.Owner);
        w.Member("properties");
        Properties(w, definition.Properties);
        if (definition.SortOrder is { } sortOrder)
        {
            w.Member("sort_order");
            w.Number(sortOrder);
        }

        w.Member("status");
        w.String(definition.Status switch
        {
            EventStatus.Deprecated => "deprecated",
            EventStatus.Planned => "planned",
            _ => "active",
        });
        if (definition.Tags.Count > 0)
        {
            w.Member("tags");
            Strings(w, definition.Tags.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        }

        w.EndObject();
    }

    private static void Properties(CanonicalJsonWriter w, IEnumerable<PropertyDefinition> properties)
    {
        w.StartArray();
        foreach (var property in properties.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            w.Item();
            Property(w, property);
        }

        w.EndArray();
    }

    private static void Property(CanonicalJsonWriter w, PropertyDefinition property)
    {
        w.StartObject();
        w.Member("constraints");
        Constraints(w, property.Constraints);
        StringIfSet(w, "description", property.Description);
        if (property.Examples is { } examples)
        {
            w.Member("examples");
            w.StartArray();
            foreach (var example in examples)
            {
                w.Item();
                w.Element(example);
            }

            w.EndArray();
        }

        if (property.Items is { } items)
        {
            w.Member("items");
            Property(w, items);
        }

        if (property.Name.Length > 0)
        {
            w.Member("name");
            w.String(property.Name);
        }

        if (property.Pii)
        {
            w.Member("pii");
            w.Boolean(true);
        }

        if (property.Properties is { } nested)
        {
            w.Member("properties");
            Properties(w, nested);
        }

        w.Member("required");
        w.Boolean(property.Required);
        w.Member("type");
        w.String(TypeRules.Name(property.Type));
        w.EndObject();
    }

    private static void Constraints(CanonicalJsonWriter w, Constraints constraints)
    {
        w.StartObject();
        if (constraints.EnumValues is { } values)
        {
            w.Member("enum_values");
            w.StartArray();

            // The loader de-duplicates already; a contract built in code may not have.
            foreach (var value in ScalarValueComparer.Distinct(values))
            {
                w.Item();
                w.Scalar(value);
            }

            w.EndArray();
        }

        StringIfSet(w, "format", constraints.Format);
        NumberIfSet(w, "max", constraints.Max);
        CountIfSet(w, "max_items", constraints.MaxItems);
        CountIfSet(w, "max_length", constraints.MaxLength);
        NumberIfSet(w, "min", constraints.Min);
        CountIfSet(w, "min_items", constraints.MinItems);
        CountIfSet(w, "min_length", constraints.MinLength);
        StringIfSet(w, "pattern", constraints.Pattern);
        w.EndObject();
    }

    private static void Guidance(CanonicalJsonWriter w, ImplementationGuidance guidance)
    {
        w.StartObject();
        w.Member("code_examples");
        w.StartArray();
        foreach (var example in guidance.CodeExamples)
        {
            w.Item();
            w.StartObject();
            StringIfSet(w, "framework", example.Framework);
            w.Member("language");
            w.String(example.Language);
            w.Member("snippet");
            w.String(example.Snippet);
            w.EndObject();
        }

        w.EndArray();
        w.Member("do_not_trigger_when");
        Strings(w, guidance.DoNotTriggerWhen);
        StringIfSet(w, "idempotency_key", guidance.IdempotencyKey);
        StringIfSet(w, "lifecycle_stage", guidance.LifecycleStage);
        w.Member("preferred_location");
        w.String(guidance.PreferredLocation);
        w.Member("privacy_notes");
        Strings(w, guidance.PrivacyNotes);
        StringIfSet(w, "required_source", guidance.RequiredSource);
        w.Member("trigger_when");
        Strings(w, guidance.TriggerWhen);
        w.EndObject();
    }

    private static void Strings(CanonicalJsonWriter w, IEnumerable<string> values)
    {
        w.StartArray();
        foreach (var value in values)
        {
            w.Item();
            w.String(value);
        }

        w.EndArray();
    }

    private static void StringIfSet(CanonicalJsonWriter w, string key, string? value)
    {
        if (value is not null)
        {
            w.Member(key);
            w.String(value);
        }
    }

    private static void NumberIfSet(CanonicalJsonWriter w, string key, double? value)
    {
        if (value is { } number)
        {
            w.Member(key);
            w.Number(number);
        }
    }

    private static void CountIfSet(CanonicalJsonWriter w, string key, long? value)
    {
        if (value is { } count)
        {
            w.Member(key);
            w.Number(count);
        }
    }
}
