using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Trackboard.Contracts.Validation;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Dlq;
using Trackboard.Server.Hosting;
using Trackboard.Server.Live;

namespace Trackboard.Server.Validation;

/// <summary>Validation API for apps and pipelines, authenticated by a plan's <c>X-API-Key</c>; checks against the latest published version.</summary>
internal static class ValidateEndpoints
{
    public const int MaxBatch = 1000;
    private const int MaxSingleBytes = 1 << 20;
    private const int MaxBatchBytes = 16 << 20;
    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 64 };

    public static IEndpointRouteBuilder MapValidate(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/validate").WithTags("Validation").AllowAnonymous();
        group.MapPost("/", Single);
        group.MapPost("/batch", Batch);
        return routes;
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Single(
        HttpContext http, TrackboardDbContext db, TokenHasher hasher, CompiledContractCache cache, TimeProvider time, LiveFeed live, CancellationToken ct)
    {
        var (target, problem) = await ResolveAsync(http, db, hasher, cache, time, ct);
        if (problem is not null)
        {
            return problem;
        }
        var (document, readProblem) = await ReadAsync(http, MaxSingleBytes, ct);
        if (readProblem is not null)
        {
            return readProblem;
        }
        using (document)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var result = Check(target!, document!.RootElement, now, db);
            await db.SaveChangesAsync(ct);
            await live.PublishValidationsAsync(db, ct);
            return TypedResults.Ok(result);
        }
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Batch(
        HttpContext http, TrackboardDbContext db, TokenHasher hasher, CompiledContractCache cache, TimeProvider time, LiveFeed live, CancellationToken ct)
    {
        var (target, problem) = await ResolveAsync(http, db, hasher, cache, time, ct);
        if (problem is not null)
        {
            return problem;
        }
        var (document, readProblem) = await ReadAsync(http, MaxBatchBytes, ct);
        if (readProblem is not null)
        {
            return readProblem;
        }
        using (document)
        {
            var root = document!.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !(root.TryGetProperty("events", out var events) || root.TryGetProperty("batch", out events))
                || events.ValueKind != JsonValueKind.Array)
            {
                return Problems.BadRequest(ErrorCodes.InvalidField, "The body must be {\"events\": [...]} (or {\"batch\": [...]}).", "$.events");
            }
            if (events.GetArrayLength() > MaxBatch)
            {
                return Problems.Create(413, ErrorCodes.BatchTooLarge, $"A batch holds at most {MaxBatch} events; it had {events.GetArrayLength()}. Split it.");
            }
            var now = time.GetUtcNow().UtcDateTime;
            var results = new JsonArray();
            var valid = 0;
            foreach (var item in events.EnumerateArray())
            {
                var result = Check(target!, item, now, db);
                valid += result["valid"]!.GetValue<bool>() ? 1 : 0;
                results.Add(result);
            }
            await db.SaveChangesAsync(ct);
            await live.PublishValidationsAsync(db, ct);
            return TypedResults.Ok(new JsonObject
            {
                ["total"] = results.Count,
                ["valid_count"] = valid,
                ["invalid_count"] = results.Count - valid,
                ["results"] = results,
            });
        }
    }

    private static JsonObject Check(ValidationTarget target, JsonElement payload, DateTime now, TrackboardDbContext db)
    {
        var violations = new List<Violation>(EnvelopeValidator.Check(payload, CallTypes.Track));
        if (!violations.Any(v => v.Code == ViolationCodes.InvalidPayloadShape))
        {
            violations.AddRange(target.Compiled.Validate(JsonMarshal.GetRawUtf8Value(payload)).Violations);
        }
        var errors = violations.Where(v => v.Severity == ViolationSeverity.Error).ToList();
        var eventName = payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.String
            ? e.GetString()! : "";
        var source = payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String
            ? s.GetString() : null;
        var mode = payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("mode", out var m) && m.ValueKind == JsonValueKind.String
            ? m.GetString() : "warn";
        var record = new ValidationRecord
        {
            Id = Guid.NewGuid(), OrgId = target.Key.OrgId, PlanId = target.Key.PlanId, VersionId = target.VersionId, ApiKeyId = target.Key.Id,
            EventName = Truncate(eventName, 200), Valid = errors.Count == 0, ErrorCount = errors.Count,
            Source = source is null ? null : Truncate(source, 100), ReceivedAt = now,
        };
        db.ValidationRecords.Add(record);
        if (!record.Valid)
        {
            DlqWriter.AddFromValidation(db, target, payload, errors, record);
        }
        foreach (var error in errors.Take(50))
        {
            db.ValidationViolations.Add(new ValidationViolationRecord
            {
                Id = Guid.NewGuid(), RecordId = record.Id, OrgId = record.OrgId, PlanId = record.PlanId, EventName = record.EventName,
                Code = error.Code, Path = Truncate(error.Property ?? error.Path, 500), ReceivedAt = now,
            });
        }
        return new JsonObject
        {
            ["valid"] = record.Valid,
            ["mode"] = mode,
            ["version_id"] = target.VersionId.ToString(),
            ["version_number"] = target.VersionNumber,
            ["event"] = eventName,
            ["violations"] = new JsonArray([.. violations.Select(v => (JsonNode)new JsonObject
            {
                ["code"] = v.Code,
                ["message"] = v.Message,
                ["path"] = v.Path,
                ["event_name"] = v.Event,
                ["property_name"] = v.Property,
                ["expected"] = v.Expected,
                ["actual"] = v.Actual,
                ["severity"] = v.Severity == ViolationSeverity.Error ? "error" : "warning",
            })]),
            ["validated_at"] = now,
        };
    }

    private static async Task<(ValidationTarget? Target, ProblemHttpResult? Problem)> ResolveAsync(
        HttpContext http, TrackboardDbContext db, TokenHasher hasher, CompiledContractCache cache, TimeProvider time, CancellationToken ct)
    {
        var header = http.Request.Headers["X-API-Key"].ToString();
        if (header.Length is 0 or > 200)
        {
            return (null, Problems.Create(401, ErrorCodes.InvalidApiKey, "Send the plan's API key in the X-API-Key header."));
        }
        var now = time.GetUtcNow().UtcDateTime;
        var hash = hasher.Hash(header);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash, ct);
        if (key is null || key.RevokedAt is not null || key.ExpiresAt <= now)
        {
            return (null, Problems.Create(401, ErrorCodes.InvalidApiKey, "The API key is unknown, revoked or expired."));
        }
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), ct);
        }
        var latest = await db.Versions.AsNoTracking().Where(v => v.PlanId == key.PlanId)
            .OrderByDescending(v => v.Number).Select(v => new { v.Id, v.Number }).FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return (null, Problems.Create(409, ErrorCodes.NoPublishedVersion, "The plan has no published version to validate against; publish one first."));
        }
        var compiled = cache.TryGet(latest.Id) ?? cache.Add(latest.Id,
            await db.Versions.Where(v => v.Id == latest.Id).Select(v => v.Contract).FirstAsync(ct));
        return (new ValidationTarget(key, latest.Id, latest.Number, compiled), null);
    }

    private static async Task<(JsonDocument? Document, ProblemHttpResult? Problem)> ReadAsync(HttpContext http, int limit, CancellationToken ct)
    {
        using var buffer = await RequestBody.ReadAsync(http.Request, limit, ct);
        if (buffer is null)
        {
            return (null, Problems.Create(413, ErrorCodes.PayloadTooLarge, $"The body is larger than {limit} bytes."));
        }
        try
        {
            return (JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), s_documentOptions), null);
        }
        catch (JsonException e)
        {
            return (null, Problems.BadRequest(ErrorCodes.InvalidJson, $"The body is not valid JSON: {e.Message}"));
        }
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
