using System.Data.Common;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Data;
using Trackboard.Server.Dlq;
using Trackboard.Server.Live;

namespace Trackboard.Server.GuardLink;

/// <summary>
/// Live-feed messages for what Guards push: each new DLQ row (<c>origin: guard</c>, <c>valid: false</c>) and each counts window
/// (<c>origin: guard_counts</c>). Codes and paths only, never payload values; sent like the validate API's results.
/// </summary>
internal static partial class GuardLive
{
    private const int MaxMessagesPerPush = 200;
    private const int MaxPayloadBytes = 7500;

    public static List<LiveMessage> ForEntries(IEnumerable<DlqEntry> entries) =>
        [.. entries.OrderBy(e => e.ReceivedAt).ThenBy(e => e.Id).Take(MaxMessagesPerPush).Select(Entry)];

    public static LiveMessage ForCounts(Guid orgId, Guid planId, GuardCountsReport report)
    {
        var node = new JsonObject
        {
            ["id"] = "counts-" + report.WindowId,
            ["org_id"] = orgId.ToString(),
            ["plan_id"] = planId.ToString(),
            ["origin"] = "guard_counts",
            ["guard_id"] = report.GuardId,
            ["window_start"] = report.WindowStart,
            ["window_end"] = report.WindowEnd,
            ["valid_count"] = report.Counts.Sum(c => c.Valid),
            ["invalid_count"] = report.Counts.Sum(c => c.Invalid),
            ["counts"] = new JsonArray([.. report.Counts.OrderBy(c => c.Source, StringComparer.Ordinal).ThenBy(c => c.ContractVersion, StringComparer.Ordinal)
                .ThenBy(c => c.EventName, StringComparer.Ordinal).Take(40).Select(c => (JsonNode)new JsonObject
                {
                    ["source"] = c.Source, ["contract_version"] = c.ContractVersion, ["event"] = c.EventName, ["valid"] = c.Valid, ["invalid"] = c.Invalid,
                })]),
        };
        return Fit(orgId, planId, "counts-" + report.WindowId, node, "counts");
    }

    /// <summary>Delivers in process (SQLite) or through NOTIFY to every instance (PostgreSQL), as <see cref="LiveFeed"/> does for validations.</summary>
    public static async Task PublishAsync(LiveFeed feed, TrackboardDbContext db, IReadOnlyList<LiveMessage> messages, ILogger logger, CancellationToken ct)
    {
        if (messages.Count == 0)
        {
            return;
        }
        if (!feed.UsesNotify)
        {
            foreach (var message in messages)
            {
                feed.Deliver(message);
            }
            return;
        }
        var payloads = messages.Select(m => m.Json).ToArray();
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({LiveFeed.Channel}, p) FROM unnest({payloads}) AS p", ct);
        }
        catch (DbException e)
        {
            LogNotifyFailed(logger, messages.Count, e);
        }
    }

    private static LiveMessage Entry(DlqEntry entry)
    {
        var violations = new JsonArray();
        try
        {
            using var document = JsonDocument.Parse(entry.Violations);
            foreach (var v in document.RootElement.EnumerateArray().Take(20))
            {
                violations.Add(new JsonObject { ["code"] = DlqWriter.String(v, "code"), ["path"] = DlqWriter.String(v, "path") });
            }
        }
        catch (JsonException)
        {
        }
        var node = new JsonObject
        {
            ["id"] = entry.Id.ToString(),
            ["org_id"] = entry.OrgId.ToString(),
            ["plan_id"] = entry.PlanId.ToString(),
            ["origin"] = "guard",
            ["kind"] = entry.Kind,
            ["event"] = entry.EventName,
            ["valid"] = false,
            ["error_count"] = violations.Count,
            ["contract_version"] = entry.ContractVersion,
            ["source"] = entry.Source,
            ["fingerprint"] = entry.Fingerprint,
            ["received_at"] = entry.ReceivedAt,
            ["violations"] = violations,
        };
        return Fit(entry.OrgId, entry.PlanId, entry.Id.ToString(), node, "violations");
    }

    /// <summary>PostgreSQL refuses NOTIFY payloads of 8000 bytes or more: an oversized list is dropped and flagged.</summary>
    private static LiveMessage Fit(Guid orgId, Guid planId, string id, JsonObject node, string list)
    {
        var json = node.ToJsonString();
        if (Encoding.UTF8.GetByteCount(json) > MaxPayloadBytes)
        {
            node[list] = new JsonArray();
            node[list + "_truncated"] = true;
            json = node.ToJsonString();
        }
        return new LiveMessage(orgId, planId, id, json);
    }

    [LoggerMessage(EventId = 43, Level = LogLevel.Warning, Message = "Live feed: {Count} Guard results not sent to other instances")]
    private static partial void LogNotifyFailed(ILogger logger, int count, Exception exception);
}
