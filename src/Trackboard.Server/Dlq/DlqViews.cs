using System.Text.Json.Nodes;

namespace Trackboard.Server.Dlq;

/// <summary>JSON shapes of the DLQ endpoints. Only <see cref="Revealed"/> carries samples.</summary>
internal static class DlqViews
{
    public static JsonObject Group(DlqGroupRow group)
    {
        var facts = Fingerprint.Parse(group.Signature);
        return new JsonObject
        {
            ["fingerprint"] = group.Fingerprint,
            ["event"] = facts.EventName,
            ["contract_version"] = facts.ContractVersion,
            ["source"] = facts.Source,
            ["app_version"] = facts.AppVersion,
            ["library"] = facts.Library,
            ["violations"] = new JsonArray([.. facts.Breaks.Select(b => (JsonNode)new JsonObject
            {
                ["code"] = b.Code, ["path"] = b.Path, ["expected"] = b.Expected, ["actual_kind"] = b.ActualKind,
            })]),
            ["count"] = group.Count,
            ["count_last_24h"] = group.Last24h,
            ["first_seen_at"] = group.FirstSeen,
            ["last_seen_at"] = group.LastSeen,
        };
    }

    public static JsonObject Entry(DlqEntry e) => new()
    {
        ["id"] = e.Id.ToString(),
        ["fingerprint"] = e.Fingerprint,
        ["origin"] = e.Origin,
        ["kind"] = e.Kind,
        ["event"] = e.EventName,
        ["contract_version"] = e.ContractVersion,
        ["source"] = e.Source,
        ["app_version"] = e.AppVersion,
        ["library"] = e.Library,
        ["codes"] = new JsonArray([.. e.Codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => (JsonNode)c)]),
        ["received_at"] = e.ReceivedAt,
        ["stored_at"] = e.StoredAt,
        ["sample_hidden"] = true,
    };

    public static JsonObject Revealed(DlqEntry e)
    {
        var view = Entry(e);
        view["sample_hidden"] = false;
        view["sample"] = e.Sample is null ? null : JsonNode.Parse(e.Sample);
        view["violations"] = JsonNode.Parse(e.Violations);
        return view;
    }

    public static JsonObject Spike(DlqSpike s) => new()
    {
        ["fingerprint"] = s.Fingerprint,
        ["detected_at"] = s.DetectedAt,
        ["window_count"] = s.WindowCount,
        ["baseline_per_window"] = s.BaselinePerWindow,
    };

    public static JsonObject Page(int total, int limit, int offset, IEnumerable<JsonObject> items) => new()
    {
        ["total"] = total,
        ["limit"] = limit,
        ["offset"] = offset,
        ["items"] = new JsonArray([.. items]),
    };
}
