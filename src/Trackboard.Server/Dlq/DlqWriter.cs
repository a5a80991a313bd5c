using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trackboard.Contracts.Validation;
using Trackboard.Server.Data;
using Trackboard.Server.Validation;

namespace Trackboard.Server.Dlq;

/// <summary>Turns an invalid event into a <see cref="DlqEntry"/>: fingerprint computed and sample redacted at write time.</summary>
internal static class DlqWriter
{
    public const string OriginValidateApi = "validate_api";
    public const string OriginGuard = "guard";
    public const string KindInvalid = "invalid";

    public static DbSet<DlqEntry> Entries(TrackboardDbContext db) => db.Set<DlqEntry>();

    public static DbSet<DlqSpike> Spikes(TrackboardDbContext db) => db.Set<DlqSpike>();

    /// <summary>The DLQ entry of an event the validate API found invalid, stored with the call's validation record.</summary>
    public static DlqEntry FromValidation(ValidationTarget target, JsonElement payload, IEnumerable<Violation> errors, ValidationRecord record)
    {
        var violations = errors.Select(v => new DlqViolation(v.Code, v.Path, v.Property, v.Expected, v.Actual, v.Message)).ToList();
        var source = String(payload, "source") ?? "api_key:" + target.Key.Label;
        return Create(
            record.OrgId, record.PlanId, OriginValidateApi, KindInvalid, Fingerprint.Hash("validate_api\n" + record.Id.ToString("N")),
            record.EventName, target.VersionNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), source, payload, violations,
            record.ReceivedAt, record.ReceivedAt);
    }

    public static DlqEntry Create(
        Guid orgId, Guid planId, string origin, string kind, string dedupeKey, string eventName, string? contractVersion, string? source,
        JsonElement? payload, IReadOnlyList<DlqViolation> violations, DateTime receivedAt, DateTime now)
    {
        var (appVersion, library) = payload is { } p ? Client(p) : (null, null);
        var facts = new DlqFacts(
            Truncate(Redactor.Scrub(eventName), 200), Clip(contractVersion), Clip(source), Clip(appVersion), Clip(library),
            [.. violations.Select(v => Fingerprint.Break(v.Code, v.Path, v.Expected, v.Actual))]);
        var signature = Fingerprint.Signature(facts, withClient: true);
        return new DlqEntry
        {
            Id = EntryId(planId, dedupeKey), OrgId = orgId, PlanId = planId, Origin = origin, Kind = kind, DedupeKey = dedupeKey,
            Fingerprint = Fingerprint.Hash(signature), BreakKey = Fingerprint.Hash(Fingerprint.Signature(facts, withClient: false)), Signature = signature,
            EventName = facts.EventName, ContractVersion = facts.ContractVersion, Source = facts.Source, AppVersion = facts.AppVersion, Library = facts.Library,
            Codes = Truncate(string.Join(' ', violations.Select(v => v.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)), 500),
            Sample = payload is { } body ? Redactor.Redact(body).Node?.ToJsonString() : null,
            Violations = RedactViolations(violations),
            ReceivedAt = receivedAt, StoredAt = now,
        };
    }

    /// <summary>
    /// Derived from the dedupe key, so concurrent imports of the same rows insert them in the same key order
    /// (EF Core orders inserts by key) and meet on the first row instead of deadlocking on two.
    /// </summary>
    public static Guid EntryId(Guid planId, string dedupeKey) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes(planId.ToString("N") + dedupeKey)).AsSpan(0, 16));

    /// <summary>The app version (<c>context.app.version</c>) and library (<c>context.library.name@version</c>) the event says it comes from.</summary>
    public static (string? AppVersion, string? Library) Client(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object || !payload.TryGetProperty("context", out var context) || context.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }
        var app = context.TryGetProperty("app", out var a) ? String(a, "version") : null;
        string? library = null;
        if (context.TryGetProperty("library", out var l) && String(l, "name") is { } name)
        {
            library = String(l, "version") is { } version ? $"{name}@{version}" : name;
        }
        return (app, library);
    }

    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string RedactViolations(IReadOnlyList<DlqViolation> violations)
    {
        var array = new JsonArray();
        foreach (var v in violations.Take(100))
        {
            array.Add(new JsonObject
            {
                ["code"] = v.Code,
                ["path"] = Redactor.Scrub(v.Path),
                ["property"] = v.Property is null ? null : Redactor.Scrub(v.Property),
                ["expected"] = v.Expected,
                ["actual"] = v.Actual is null ? null : Redactor.Scrub(v.Actual),
                ["message"] = v.Message is null ? null : Redactor.Scrub(v.Message),
            });
        }
        return array.ToJsonString();
    }

    private static string? Clip(string? text) => text is null ? null : Truncate(text, 100);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
