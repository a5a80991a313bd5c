using System.Text.Json.Nodes;
using Trackboard.Server.Data;

namespace Trackboard.Server.Versions;

internal static class VersionViews
{
    public static JsonObject Version(PlanVersion v) => new()
    {
        ["id"] = v.Id.ToString(),
        ["version_id"] = v.Id.ToString(),
        ["plan_id"] = v.PlanId.ToString(),
        ["version_number"] = v.Number,
        ["hash"] = v.Hash,
        ["schema_hash"] = v.SchemaHash,
        ["created_by"] = v.PublishedBy.ToString(),
        ["change_summary"] = v.Summary,
        ["breaking"] = v.Breaking,
        ["compatibility_report"] = JsonNode.Parse(v.ReportJson),
        ["published_from_revision"] = v.PublishedFromRevision,
        ["created_at"] = v.PublishedAt,
    };
}
