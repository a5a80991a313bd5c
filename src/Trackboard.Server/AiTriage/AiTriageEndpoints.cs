using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Dlq;
using Trackboard.Server.Hosting;
using Trackboard.Server.Plans;

namespace Trackboard.Server.AiTriage;

/// <summary>
/// Optional AI triage of a DLQ group through the organization's OpenAI-compatible provider. Off by default; the input is the
/// redacted group summary and the deterministic report (never samples); answers are schema-checked and cached by input hash.
/// </summary>
internal static class AiTriageEndpoints
{
    public const string Purpose = "Trackboard.AiProvider.ApiKey";

    public static IEndpointRouteBuilder MapAiTriage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/org/ai-provider", (HttpContext http, TrackboardDbContext db, CancellationToken ct) => GetAsync(Caller.From(http.User), db, ct))
            .RequireAuthorization(Policies.Admin).WithTags("AI triage");
        routes.MapPut("/org/ai-provider", (AiProviderRequest request, HttpContext http, TrackboardDbContext db, IDataProtectionProvider protection, TimeProvider time,
            CancellationToken ct) => PutAsync(Caller.From(http.User), request, db, protection, time, ct)).RequireAuthorization(Policies.Admin).WithTags("AI triage");
        routes.MapPost("/plans/{id:guid}/dlq/groups/{fingerprint}/ai-triage", (Guid id, string fingerprint, HttpContext http, TrackboardDbContext db,
            IDataProtectionProvider protection, AiTriageClient client, TimeProvider time, CancellationToken ct) =>
            TriageAsync(Caller.From(http.User), id, fingerprint, db, protection, client, time, ct)).RequireAuthorization(Policies.Editor).WithTags("AI triage");
        return routes;
    }

    /// <summary>The organization's provider settings (defaults when none were saved); the key only as <c>has_api_key</c>.</summary>
    public static async Task<Ok<JsonObject>> GetAsync(Caller caller, TrackboardDbContext db, CancellationToken ct)
    {
        var settings = await db.Set<AiProviderSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.OrgId == caller.OrgId, ct);
        return TypedResults.Ok(View(settings ?? new AiProviderSettings { OrgId = caller.OrgId }));
    }

    /// <summary>Changes the fields the request sets; the API key is encrypted with Data Protection before it is stored.</summary>
    public static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> PutAsync(
        Caller caller, AiProviderRequest request, TrackboardDbContext db, IDataProtectionProvider protection, TimeProvider time, CancellationToken ct)
    {
        var settings = await db.Set<AiProviderSettings>().FirstOrDefaultAsync(s => s.OrgId == caller.OrgId, ct);
        if (settings is null)
        {
            settings = new AiProviderSettings { OrgId = caller.OrgId };
            db.Set<AiProviderSettings>().Add(settings);
        }
        if (request.BaseUrl is { } url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.UserInfo.Length > 0
                || uri.Query.Length > 0 || uri.Fragment.Length > 0 || url.Length > 500)
            {
                return Problems.BadRequest(ErrorCodes.InvalidField,
                    "base_url must be an absolute http(s) URL without credentials, query or fragment, such as https://api.openai.com/v1.", "$.base_url");
            }
            settings.BaseUrl = url.TrimEnd('/');
        }
        if (request.Model is { } model)
        {
            if (model.Trim().Length == 0 || model.Length > 200)
            {
                return Problems.BadRequest(ErrorCodes.InvalidField, "model must be a non-empty name of at most 200 characters.", "$.model");
            }
            settings.Model = model.Trim();
        }
        if (request.TimeoutSeconds is { } seconds)
        {
            if (seconds is < 1 or > 120)
            {
                return Problems.BadRequest(ErrorCodes.InvalidField, "timeout_seconds must be between 1 and 120.", "$.timeout_seconds");
            }
            settings.TimeoutSeconds = seconds;
        }
        if (request.ApiKey is { } key)
        {
            if (key.Length is 0 or > 1000)
            {
                return Problems.BadRequest(ErrorCodes.InvalidField, "api_key must be 1 to 1000 characters; send clear_api_key: true to remove it.", "$.api_key");
            }
            settings.ProtectedApiKey = protection.CreateProtector(Purpose).Protect(key);
        }
        if (request.ClearApiKey is true)
        {
            settings.ProtectedApiKey = null;
        }
        settings.AllowPrivateAddress = request.AllowPrivateAddress ?? settings.AllowPrivateAddress;
        settings.Enabled = request.Enabled ?? settings.Enabled;
        if (settings.Enabled && (settings.BaseUrl.Length == 0 || settings.Model.Length == 0))
        {
            return Problems.BadRequest(ErrorCodes.MissingField, "Enabling AI triage needs base_url and model.", settings.BaseUrl.Length == 0 ? "$.base_url" : "$.model");
        }
        settings.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(View(settings));
    }

    /// <summary>The provider's triage of one DLQ group (cached by input hash); the UI's group view calls it too.</summary>
    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> TriageAsync(
        Caller caller, Guid id, string fingerprint, TrackboardDbContext db, IDataProtectionProvider protection, AiTriageClient client,
        TimeProvider time, CancellationToken ct)
    {
        if (await PlanAccess.FindPlanAsync(db, caller, id, ct) is null)
        {
            return Problems.NotFound("Plan");
        }
        if (!Fingerprint.IsValid(fingerprint))
        {
            return Problems.BadRequest(DlqErrorCodes.InvalidFingerprint, "A fingerprint is 64 lower-case hex digits.", "fingerprint");
        }
        var settings = await db.Set<AiProviderSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.OrgId == caller.OrgId, ct);
        if (settings is not { Enabled: true })
        {
            return Problems.Create(StatusCodes.Status409Conflict, AiErrorCodes.Disabled,
                "AI triage is off for this organization; an admin can enable it with PUT /api/v1/org/ai-provider. The deterministic report is in the group's triage.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        if (await DlqQueries.GroupAsync(db, id, fingerprint, now.AddHours(-24), ct) is not { } row)
        {
            return Problems.NotFound("DLQ group");
        }
        var spread = await DlqQueries.SpreadAsync(db, id, fingerprint, ct);
        var input = Input(row, spread, await PlanAccess.CurrentVersionAsync(db, id, ct));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(settings.BaseUrl + "\n" + settings.Model + "\n" + input)));
        var results = db.Set<AiTriageResult>();
        if (await results.AsNoTracking().FirstOrDefaultAsync(r => r.OrgId == caller.OrgId && r.InputHash == hash, ct) is { } cached)
        {
            return TypedResults.Ok(Answer(fingerprint, cached, cached: true));
        }
        var key = settings.ProtectedApiKey is { } protectedKey ? protection.CreateProtector(Purpose).Unprotect(protectedKey) : null;
        var call = await client.CompleteAsync(settings, key, input, ct);
        if (call.Output is null)
        {
            var status = call.Code == AiErrorCodes.Timeout ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status502BadGateway;
            return Problems.Create(status, call.Code!, call.Detail!, call.ProviderStatus is { } s ? new Dictionary<string, object?> { ["provider_status"] = s } : null);
        }
        var result = new AiTriageResult
        {
            Id = Guid.NewGuid(), OrgId = caller.OrgId, PlanId = id, Fingerprint = fingerprint, InputHash = hash, Model = settings.Model,
            Output = call.Output.ToJsonString(), CreatedAt = now,
        };
        results.Add(result);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            // Two editors asked at once; the other answer was stored first and is as good as this one.
            db.ChangeTracker.Clear();
        }
        return TypedResults.Ok(Answer(fingerprint, result, cached: false));
    }

    /// <summary>The redacted summary sent to the provider: the group without samples, and its deterministic report. Same data, same bytes.</summary>
    public static string Input(DlqGroupRow row, DlqSpread spread, long? latestVersion)
    {
        var group = DlqViews.Group(row);
        group.Remove("count_last_24h");
        return new JsonObject { ["group"] = group, ["deterministic_report"] = TriageReport.Build(row, spread, latestVersion) }.ToJsonString();
    }

    private static JsonObject Answer(string fingerprint, AiTriageResult result, bool cached) => new()
    {
        ["fingerprint"] = fingerprint,
        ["model"] = result.Model,
        ["input_hash"] = result.InputHash,
        ["cached"] = cached,
        ["generated_at"] = result.CreatedAt,
        ["triage"] = JsonNode.Parse(result.Output),
    };

    private static JsonObject View(AiProviderSettings s) => new()
    {
        ["enabled"] = s.Enabled,
        ["base_url"] = s.BaseUrl.Length == 0 ? null : s.BaseUrl,
        ["model"] = s.Model.Length == 0 ? null : s.Model,
        ["has_api_key"] = s.ProtectedApiKey is not null,
        ["allow_private_address"] = s.AllowPrivateAddress,
        ["timeout_seconds"] = s.TimeoutSeconds,
        ["updated_at"] = s.UpdatedAt == default ? null : s.UpdatedAt,
    };
}
