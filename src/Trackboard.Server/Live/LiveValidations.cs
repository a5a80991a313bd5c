using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Data;

namespace Trackboard.Server.Live;

/// <summary>Builds live messages from the validation rows a unit of work saved: codes and paths only, never payload values.</summary>
internal static class LiveValidations
{
    // PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; these caps keep a message well below.
    private const int MaxViolations = 20;
    private const int MaxPath = 200;
    private const int MaxPayloadBytes = 7500;

    public static async Task<List<LiveMessage>> CollectAsync(TrackboardDbContext db, CancellationToken ct)
    {
        var records = db.ChangeTracker.Entries<ValidationRecord>().Select(e => e.Entity).ToList();
        if (records.Count == 0)
        {
            return [];
        }
        var violations = db.ChangeTracker.Entries<ValidationViolationRecord>().Select(e => e.Entity).ToLookup(v => v.RecordId);
        var versionIds = records.Select(r => r.VersionId).Distinct().ToList();
        var numbers = await db.Versions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Number, ct);
        return [.. records.Select(r => Message(r, violations[r.Id], numbers.TryGetValue(r.VersionId, out var n) ? n : null))];
    }

    public static LiveMessage Message(ValidationRecord record, IEnumerable<ValidationViolationRecord> violations, long? versionNumber)
    {
        var node = new JsonObject
        {
            ["id"] = record.Id.ToString(),
            ["org_id"] = record.OrgId.ToString(),
            ["plan_id"] = record.PlanId.ToString(),
            ["origin"] = "validate_api",
            ["event"] = record.EventName,
            ["valid"] = record.Valid,
            ["error_count"] = record.ErrorCount,
            ["version_id"] = record.VersionId.ToString(),
            ["version_number"] = versionNumber,
            ["source"] = record.Source,
            ["received_at"] = record.ReceivedAt,
            ["violations"] = new JsonArray([.. violations.Take(MaxViolations).Select(v => (JsonNode)new JsonObject
            {
                ["code"] = v.Code,
                ["path"] = v.Path.Length <= MaxPath ? v.Path : v.Path[..MaxPath],
            })]),
        };
        var json = node.ToJsonString();
        if (Encoding.UTF8.GetByteCount(json) > MaxPayloadBytes)
        {
            node["violations"] = new JsonArray();
            node["violations_truncated"] = true;
            json = node.ToJsonString();
        }
        return new LiveMessage(record.OrgId, record.PlanId, record.Id.ToString(), json);
    }
}
