using System.Text.Json.Nodes;

namespace Trackboard.Server.Branches;

/// <summary>
/// Three-way merge of plan drafts against their common base, item by item: a global property, an event's own
/// fields, each of its properties and its set of linked globals are separate items. A change on one side only
/// is taken; the same change on both sides is taken once; different changes to one item are a conflict that
/// a resolution (<c>main</c> or <c>branch</c>) must settle. Nothing is overwritten silently.
/// </summary>
internal static class ThreeWayMerge
{
    public const string Main = "main";
    public const string Branch = "branch";

    public static MergeOutcome Merge(JsonObject baseDoc, JsonObject mainDoc, JsonObject branchDoc, IReadOnlyDictionary<string, string> resolutions)
    {
        var b = Items(baseDoc);
        var m = Items(mainDoc);
        var s = Items(branchDoc);
        var merged = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var conflicts = new List<MergeConflict>();
        foreach (var key in b.Keys.Concat(m.Keys).Concat(s.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var (inBase, inMain, inBranch) = (b.GetValueOrDefault(key), m.GetValueOrDefault(key), s.GetValueOrDefault(key));
            JsonNode? pick;
            if (Same(inMain, inBranch) || Same(inBase, inBranch))
            {
                pick = inMain;
            }
            else if (Same(inBase, inMain))
            {
                pick = inBranch;
            }
            else if (resolutions.TryGetValue(key, out var side))
            {
                pick = side == Branch ? inBranch : inMain;
            }
            else
            {
                conflicts.Add(new MergeConflict(key, inBase?.DeepClone(), inMain?.DeepClone(), inBranch?.DeepClone()));
                continue;
            }
            if (pick is not null)
            {
                merged[key] = pick;
            }
        }
        // A property or link set that survives for an event that does not (removed on one side, changed on
        // the other) would be dropped silently: report the event as a conflict instead.
        foreach (var orphan in merged.Keys.Where(k => k.Contains('/', StringComparison.Ordinal)).Select(EventKey).Distinct().ToList())
        {
            if (!merged.ContainsKey(orphan) && !resolutions.ContainsKey(orphan) && conflicts.All(c => c.Key != orphan))
            {
                conflicts.Add(new MergeConflict(orphan, b.GetValueOrDefault(orphan)?.DeepClone(), m.GetValueOrDefault(orphan)?.DeepClone(), s.GetValueOrDefault(orphan)?.DeepClone()));
            }
        }
        return conflicts.Count > 0 ? new MergeOutcome(null, conflicts) : new MergeOutcome(Assemble(mainDoc, merged), []);
    }

    private static Dictionary<string, JsonNode> Items(JsonObject doc)
    {
        var items = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var global in doc["global_properties"] as JsonArray ?? [])
        {
            items[$"global:{global!["name"]}"] = global.DeepClone();
        }
        foreach (var node in doc["events"] as JsonArray ?? [])
        {
            var ev = (JsonObject)node!.DeepClone();
            var key = $"event:{ev["event_name"]}";
            foreach (var property in ev["properties"] as JsonArray ?? [])
            {
                items[$"{key}/property:{property!["name"]}"] = property.DeepClone();
            }
            var links = (ev["global_properties"] as JsonArray ?? []).Select(l => l!.GetValue<string>()).Order(StringComparer.Ordinal);
            items[$"{key}/links"] = new JsonArray([.. links.Select(l => (JsonNode?)JsonValue.Create(l))]);
            ev.Remove("properties");
            ev.Remove("global_properties");
            items[key] = ev;
        }
        return items;
    }

    private static JsonObject Assemble(JsonObject mainDoc, SortedDictionary<string, JsonNode> merged)
    {
        var doc = (JsonObject)mainDoc.DeepClone();
        doc["global_properties"] = new JsonArray([.. merged.Where(i => i.Key.StartsWith("global:", StringComparison.Ordinal)).Select(i => i.Value.DeepClone())]);
        var events = new JsonArray();
        foreach (var (key, value) in merged.Where(i => i.Key.StartsWith("event:", StringComparison.Ordinal) && !i.Key.Contains('/', StringComparison.Ordinal)))
        {
            var ev = (JsonObject)value.DeepClone();
            ev["properties"] = new JsonArray([.. merged.Where(i => i.Key.StartsWith(key + "/property:", StringComparison.Ordinal)).Select(i => i.Value.DeepClone())]);
            ev["global_properties"] = merged.TryGetValue(key + "/links", out var links) ? links.DeepClone() : new JsonArray();
            events.Add(ev);
        }
        doc["events"] = events;
        return doc;
    }

    private static string EventKey(string itemKey) => itemKey[..itemKey.IndexOf('/', StringComparison.Ordinal)];

    private static bool Same(JsonNode? a, JsonNode? b) => a is null ? b is null : b is not null && JsonNode.DeepEquals(a, b);
}
