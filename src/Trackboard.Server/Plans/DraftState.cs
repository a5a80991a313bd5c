using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Server.Data;

namespace Trackboard.Server.Plans;

/// <summary>
/// A plan's draft loaded from its rows. Every write changes these rows in memory, assembles the whole draft as a
/// contract document and lets <see cref="ContractLoader"/> judge it, so the Server accepts exactly what the CLI,
/// Guard and MCP accept.
/// </summary>
internal sealed class DraftState
{
    private DraftState(Plan plan, List<PlanEvent> events, List<PlanProperty> properties, List<EventGlobalLink> links)
    {
        Plan = plan;
        Events = events;
        Properties = properties;
        Links = links;
    }

    public Plan Plan { get; }
    public List<PlanEvent> Events { get; }
    public List<PlanProperty> Properties { get; }
    public List<EventGlobalLink> Links { get; }

    /// <summary>Link names that override the stored links of one event while a write is checked.</summary>
    public Dictionary<Guid, IReadOnlyList<string>> LinkOverrides { get; } = [];

    /// <summary>The draft's rows, untracked: for answering reads, never for changing the draft.</summary>
    public static async Task<DraftState> LoadForReadAsync(TrackboardDbContext db, Plan plan, CancellationToken ct)
    {
        var events = await db.Events.AsNoTracking().Where(e => e.PlanId == plan.Id).ToListAsync(ct);
        var properties = await db.Properties.AsNoTracking().Where(p => p.PlanId == plan.Id).ToListAsync(ct);
        var links = await db.EventGlobalLinks.AsNoTracking().Where(l => l.PlanId == plan.Id).ToListAsync(ct);
        return new DraftState(plan, events, properties, links);
    }

    public static async Task<DraftState> LoadAsync(TrackboardDbContext db, Plan plan, CancellationToken ct)
    {
        var events = await db.Events.Where(e => e.PlanId == plan.Id).ToListAsync(ct);
        var properties = await db.Properties.Where(p => p.PlanId == plan.Id).ToListAsync(ct);
        var links = await db.EventGlobalLinks.Where(l => l.PlanId == plan.Id).ToListAsync(ct);
        return new DraftState(plan, events, properties, links);
    }

    public IEnumerable<PlanProperty> Globals => Properties.Where(p => p.EventId is null).OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id);

    /// <summary>Positions of properties in the request body, so a checked document lists them as the client sent them.</summary>
    public Dictionary<Guid, int> OrderHints { get; } = [];

    public IEnumerable<PlanProperty> PropertiesOf(Guid eventId) =>
        Properties.Where(p => p.EventId == eventId)
            .OrderBy(p => OrderHints.TryGetValue(p.Id, out var hint) ? hint : int.MaxValue)
            .ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id);

    public IReadOnlyList<string> LinkNamesOf(Guid eventId)
    {
        if (LinkOverrides.TryGetValue(eventId, out var names))
        {
            return names;
        }
        var ids = Links.Where(l => l.EventId == eventId).Select(l => l.PropertyId).ToHashSet();
        return [.. Properties.Where(p => ids.Contains(p.Id)).Select(p => p.Name).Order(StringComparer.Ordinal)];
    }

    /// <summary>The draft as a contract document; <paramref name="paths"/> receives the JSON path of every event and property row.</summary>
    public JsonObject Build(Dictionary<Guid, string> paths)
    {
        var globals = new JsonArray();
        foreach (var global in Globals)
        {
            paths[global.Id] = $"$.global_properties[{globals.Count}]";
            globals.Add(JsonNode.Parse(global.Json));
        }
        var events = new JsonArray();
        var index = new DraftIndex(this);
        foreach (var ev in Events.OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id))
        {
            var eventPath = $"$.events[{events.Count}]";
            paths[ev.Id] = eventPath;
            var node = JsonNode.Parse(ev.Json)!.AsObject();
            var properties = new JsonArray();
            foreach (var property in index.PropertiesOf(ev.Id))
            {
                paths[property.Id] = $"{eventPath}.properties[{properties.Count}]";
                properties.Add(JsonNode.Parse(property.Json));
            }
            node["properties"] = properties;
            node["global_properties"] = new JsonArray([.. index.LinkNamesOf(ev.Id).Select(n => (JsonNode?)JsonValue.Create(n))]);
            events.Add(node);
        }
        var root = new JsonObject
        {
            ["format_version"] = Contract.FormatVersionV1,
            ["plan_id"] = Plan.Id.ToString(),
            ["name"] = Plan.Name,
            ["global_properties"] = globals,
            ["events"] = events,
        };
        if (Plan.Description is not null)
        {
            root["description"] = Plan.Description;
        }
        return root;
    }

    /// <summary>Loads the assembled draft; diagnostics under <paramref name="focus"/> get paths relative to the request body.</summary>
    public DraftCheck Check(Guid? focus)
    {
        var paths = new Dictionary<Guid, string>();
        var document = Build(paths);
        var result = ContractLoader.Load(JsonSerializer.SerializeToUtf8Bytes(document));
        var prefix = focus is { } id && paths.TryGetValue(id, out var p) ? p : null;
        var diagnostics = result.Diagnostics.Select(d => new DraftDiagnostic(
            d.Code,
            d.Severity == DiagnosticSeverity.Error ? "error" : "warning",
            Relative(d.Path, prefix),
            d.Message)).ToList();
        return new DraftCheck(result.Contract, diagnostics);
    }

    private static string Relative(string path, string? prefix)
    {
        if (prefix is null || !path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return path;
        }
        var rest = path[prefix.Length..];
        return rest.Length == 0 || rest[0] is '.' or '[' ? "$" + rest : path;
    }
}
