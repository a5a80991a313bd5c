using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Trackboard.Contracts.Validation;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Dlq;
using Trackboard.Server.Hosting;

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
        HttpContext http, TokenHasher hasher, ValidationTargets targets, ValidationResultWriter writer, TimeProvider time, CancellationToken ct)
    {
        var (results, problem) = await ResolveAsync(http, hasher, targets, time, ct);
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
            var result = Check(results!, document!.RootElement, now);
            await writer.StoreAsync(results!, ct);
            return TypedResults.Ok(result);
        }
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Batch(
        HttpContext http, TokenHasher hasher, ValidationTargets targets, ValidationResultWriter writer, TimeProvider time, CancellationToken ct)
    {
        var (results, problem) = await ResolveAsync(http, hasher, targets, time, ct);
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
            var answers = new JsonArray();
            var valid = 0;
            foreach (var item in events.EnumerateArray())
            {
                var result = Check(results!, item, now);
                valid += result["valid"]!.GetValue<bool>() ? 1 : 0;
                answers.Add(result);
            }
            await writer.StoreAsync(results!, ct);
            return TypedResults.Ok(new JsonObject
            {
                ["total"] = answers.Count,
                ["valid_count"] = valid,
                ["invalid_count"] = answers.Count - valid,
                ["results"] = answers,
            });
        }
    }

    private static JsonObject Check(ValidationResults results, JsonElement payload, DateTime now)
    {
        var target = results.Target;
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
            Id = Guid.CreateVersion7(new DateTimeOffset(now, TimeSpan.Zero)), OrgId = target.Key.OrgId, PlanId = target.Key.PlanId, VersionId = target.VersionId, ApiKeyId = target.Key.Id,
            EventName = Truncate(eventName, 200), Valid = errors.Count == 0, ErrorCount = errors.Count,
            Source = source is null ? null : Truncate(source, 100), ReceivedAt = now,
        };
        results.Records.Add(record);
        if (!record.Valid)
        {
            results.DlqEntries.Add(DlqWriter.FromValidation(target, payload, errors, record));
        }
        foreach (var error in errors.Take(50))
        {
            results.Violations.Add(new ValidationViolationRecord
            {
                Id = Guid.CreateVersion7(new DateTimeOffset(now, TimeSpan.Zero)), RecordId = record.Id, OrgId = record.OrgId, PlanId = record.PlanId, EventName = record.EventName,
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

    private static async Task<(ValidationResults? Results, ProblemHttpResult? Problem)> ResolveAsync(
        HttpContext http, TokenHasher hasher, ValidationTargets targets, TimeProvider time, CancellationToken ct)
    {
        var header = http.Request.Headers["X-API-Key"].ToString();
        if (header.Length is 0 or > 200)
        {
            return (null, Problems.Create(401, ErrorCodes.InvalidApiKey, "Send the plan's API key in the X-API-Key header."));
        }
        var now = time.GetUtcNow().UtcDateTime;
        var entry = await targets.FindAsync(hasher.Hash(header), http.RequestServices, ct);
        if (entry is null || entry.Key.RevokedAt is not null || entry.Key.ExpiresAt <= now)
        {
            return (null, Problems.Create(401, ErrorCodes.InvalidApiKey, "The API key is unknown, revoked or expired."));
        }
        if (entry.Target is null)
        {
            return (null, Problems.Create(409, ErrorCodes.NoPublishedVersion, "The plan has no published version to validate against; publish one first."));
        }
        return (new ValidationResults(entry.Target) { KeyUsedAt = entry.TakeStamp(now) ? now : null }, null);
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
