using System.Globalization;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Loading;

/// <summary>Builds a <see cref="Contract"/> from a parsed document, collecting every problem.</summary>
internal sealed class ContractReader(NodeReader reader)
{
    private static readonly HashSet<string> s_topKeys =
    [
        "format_version", "plan_id", "version_id", "version_number", "name", "description", "published_at", "hash", "schema_hash",
        "global_properties", "events", "identify", "group", "page", "screen",
    ];

    private static readonly HashSet<string> s_eventKeys =
    [
        "event_name", "status", "description", "category", "sort_order", "properties", "global_properties",
        "implementation_guidance", "owner", "tags",
    ];

    private static readonly HashSet<string> s_traitsKeys = ["traits"];
    private static readonly HashSet<string> s_propertiesKeys = ["properties"];

    private readonly PropertyReader _properties = new(reader);
    private readonly GuidanceReader _guidance = new(reader);

    public Contract? Read(SourceNode root)
    {
        if (reader.Object(root, "$", s_topKeys, "the contract") is not { } members)
        {
            return null;
        }

        if (!members.TryGetValue("format_version", out var formatNode))
        {
            reader.Error(ContractErrorCodes.UnsupportedFormatVersion, "$", root,
                $"'format_version' is missing; set it to \"{Contract.FormatVersionV1}\".");
        }
        else if (formatNode.Kind != SourceKind.String || formatNode.Text != Contract.FormatVersionV1)
        {
            reader.Error(ContractErrorCodes.UnsupportedFormatVersion, "$.format_version", formatNode,
                $"Unsupported format_version {NodeReader.Describe(formatNode)}; this version of Trackboard reads \"{Contract.FormatVersionV1}\".");
        }

        var publishedAt = reader.OptionalString(members, "published_at", "$");
        if (publishedAt is not null && !IsRfc3339(publishedAt))
        {
            reader.Error(ContractErrorCodes.InvalidField, "$.published_at", members["published_at"],
                $"'published_at' must be an RFC 3339 time such as 2026-06-27T12:00:00Z, not \"{publishedAt}\".");
        }

        var globalNames = new HashSet<string>(StringComparer.Ordinal);
        var globals = members.TryGetValue("global_properties", out var globalsNode)
            ? _properties.ReadList(globalsNode, "$.global_properties", "global_properties", globalNames)
            : [];
        var events = members.TryGetValue("events", out var eventsNode) ? ReadEvents(eventsNode, globalNames) : [];

        var contract = new Contract
        {
            PlanId = reader.OptionalString(members, "plan_id", "$"),
            VersionId = reader.OptionalString(members, "version_id", "$"),
            VersionNumber = reader.OptionalInteger(members, "version_number", "$"),
            Name = reader.OptionalString(members, "name", "$"),
            Description = reader.OptionalString(members, "description", "$"),
            PublishedAt = publishedAt,
            Hash = reader.OptionalString(members, "hash", "$"),
            GlobalProperties = globals,
            Events = events,
            Identify = ReadSection(members, "identify", "traits", s_traitsKeys),
            Group = ReadSection(members, "group", "traits", s_traitsKeys),
            Page = ReadSection(members, "page", "properties", s_propertiesKeys),
            Screen = ReadSection(members, "screen", "properties", s_propertiesKeys),
        };
        reader.OptionalString(members, "schema_hash", "$");
        _properties.CompleteExamples();
        return contract;
    }

    private List<EventDefinition> ReadEvents(SourceNode node, HashSet<string> globalNames)
    {
        var events = new List<EventDefinition>();
        if (node.Kind == SourceKind.Null)
        {
            return events;
        }

        if (node.Kind != SourceKind.Array)
        {
            reader.Error(ContractErrorCodes.InvalidField, "$.events", node, $"'events' must be an array of events, not {node.KindName}.");
            return events;
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < node.Items!.Length; i++)
        {
            var path = NodeReader.Index("$.events", i);
            var definition = ReadEvent(node.Items[i], path, globalNames);
            if (definition is null)
            {
                continue;
            }

            if (seen.TryGetValue(definition.EventName, out var firstPath))
            {
                reader.Error(ContractErrorCodes.DuplicateEvent, NodeReader.Child(path, "event_name"), NodeReader.NameNode(node.Items[i], "event_name")!,
                    $"Event '{definition.EventName}' is defined twice (first at {firstPath}); event names must be unique.");
                continue;
            }

            seen.Add(definition.EventName, path);
            events.Add(definition);
        }

        return events;
    }

    private EventDefinition? ReadEvent(SourceNode node, string path, HashSet<string> globalNames)
    {
        if (reader.Object(node, path, s_eventKeys, "an event") is not { } members)
        {
            return null;
        }

        string? name = null;
        if (!members.TryGetValue("event_name", out var nameNode))
        {
            reader.Error(ContractErrorCodes.MissingField, path, node, "An event needs an 'event_name'.");
        }
        else if (nameNode.Kind != SourceKind.String || nameNode.Text!.Length == 0)
        {
            reader.Error(ContractErrorCodes.InvalidField, NodeReader.Child(path, "event_name"), nameNode, "'event_name' must be a non-empty string.");
        }
        else
        {
            name = nameNode.Text;
        }

        var status = ReadStatus(members, path);
        var localNames = new HashSet<string>(StringComparer.Ordinal);
        var properties = members.TryGetValue("properties", out var propertiesNode)
            ? _properties.ReadList(propertiesNode, NodeReader.Child(path, "properties"), $"event '{name}'", localNames)
            : [];
        var links = ReadLinks(members, path, globalNames, localNames);
        var guidance = members.TryGetValue("implementation_guidance", out var guidanceNode)
            ? _guidance.Read(guidanceNode, NodeReader.Child(path, "implementation_guidance"))
            : null;
        var tags = reader.OptionalStringArray(members, "tags", path);
        var definition = new EventDefinition
        {
            EventName = name ?? "",
            Status = status,
            Description = reader.OptionalString(members, "description", path),
            Category = reader.OptionalString(members, "category", path),
            SortOrder = reader.OptionalInteger(members, "sort_order", path),
            Properties = properties,
            GlobalProperties = links,
            ImplementationGuidance = guidance,
            Owner = reader.OptionalString(members, "owner", path),
            Tags = tags is null ? [] : [.. tags.Select(t => t.Value)],
        };
        return name is null ? null : definition;
    }

    private EventStatus ReadStatus(MemberMap members, string path)
    {
        var text = reader.OptionalString(members, "status", path);
        switch (text)
        {
            case null or "active":
                return EventStatus.Active;
            case "deprecated":
                return EventStatus.Deprecated;
            case "planned":
                return EventStatus.Planned;
            default:
                reader.Error(ContractErrorCodes.InvalidField, NodeReader.Child(path, "status"), members["status"],
                    $"Unknown status '{text}'; use active, deprecated or planned.");
                return EventStatus.Active;
        }
    }

    private List<string> ReadLinks(MemberMap members, string path, HashSet<string> globalNames, HashSet<string> localNames)
    {
        var links = reader.OptionalStringArray(members, "global_properties", path);
        var result = new List<string>();
        var linked = new HashSet<string>(StringComparer.Ordinal);
        if (links is null)
        {
            return result;
        }

        foreach (var (link, node, linkPath) in links)
        {
            if (!globalNames.Contains(link))
            {
                reader.Error(ContractErrorCodes.UnknownGlobalProperty, linkPath, node,
                    $"Global property '{link}' is not defined in the contract's global_properties.");
            }
            else if (!linked.Add(link))
            {
                reader.Error(ContractErrorCodes.DuplicateGlobalLink, linkPath, node, $"Global property '{link}' is linked twice; link it once.");
            }
            else if (localNames.Contains(link))
            {
                reader.Error(ContractErrorCodes.DuplicateMergedProperty, linkPath, node,
                    $"Global property '{link}' has the name of a local property of this event; rename one or remove the link.");
            }
            else
            {
                result.Add(link);
            }
        }

        return result;
    }

    private CallSection? ReadSection(MemberMap members, string key, string listKey, HashSet<string> known)
    {
        if (!members.TryGetValue(key, out var node) || node.Kind == SourceKind.Null)
        {
            return null;
        }

        var path = "$." + key;
        if (reader.Object(node, path, known, $"'{key}'") is not { } section)
        {
            return null;
        }

        var properties = section.TryGetValue(listKey, out var listNode)
            ? _properties.ReadList(listNode, NodeReader.Child(path, listKey), $"{key}.{listKey}")
            : [];
        return new CallSection { Properties = properties };
    }

    internal static bool IsRfc3339(string text) =>
        text.Length >= 20 && (text[10] == 'T' || text[10] == 't')
        && DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        && (text.EndsWith('Z') || text.EndsWith('z') || text[^6] is '+' or '-');
}
