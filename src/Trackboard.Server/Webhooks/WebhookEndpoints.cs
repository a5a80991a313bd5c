using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Webhooks;

internal static class WebhookEndpoints
{
    public const string Purpose = "Trackboard.Webhooks";

    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").WithTags("Webhooks");
        group.MapGet("/org/webhooks", List).RequireAuthorization(Policies.Admin);
        group.MapPost("/org/webhooks", Create).RequireAuthorization(Policies.Admin);
        group.MapDelete("/webhooks/{id:guid}", Delete).RequireAuthorization(Policies.Admin);
        group.MapGet("/webhooks/{id:guid}/deliveries", Deliveries).RequireAuthorization(Policies.Admin);
        group.MapPatch("/org/settings", Settings).RequireAuthorization(Policies.Admin);
        return routes;
    }

    private static Task<Ok<JsonArray>> List(HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        ListAsync(Caller.From(http.User), db, ct);

    internal static async Task<Ok<JsonArray>> ListAsync(Caller caller, TrackboardDbContext db, CancellationToken ct)
    {
        var hooks = await db.Webhooks.AsNoTracking().Where(w => w.OrgId == caller.OrgId).OrderBy(w => w.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(new JsonArray([.. hooks.Select(w => (JsonNode)View(w, null))]));
    }

    private static Task<Results<Created<JsonObject>, ProblemHttpResult>> Create(
        WebhookCreate request, HttpContext http, TrackboardDbContext db, IDataProtectionProvider protection, TimeProvider time, CancellationToken ct) =>
        CreateAsync(Caller.From(http.User), request, db, protection, time, ct);

    internal static async Task<Results<Created<JsonObject>, ProblemHttpResult>> CreateAsync(
        Caller caller, WebhookCreate request, TrackboardDbContext db, IDataProtectionProvider protection, TimeProvider time, CancellationToken ct)
    {
        if (CheckUrl(request.Url) is { } problem)
        {
            return problem;
        }
        // A literal refused address is known now, so it is refused here, on the field; names are checked when connecting.
        if (IPAddress.TryParse(new Uri(request.Url!).IdnHost, out var literal) && AddressGuard.IsBlocked(literal)
            && !await db.Organizations.Where(o => o.Id == caller.OrgId).Select(o => o.AllowPrivateWebhookTargets).FirstAsync(ct))
        {
            return Problems.BadRequest(ErrorCodes.WebhookTargetBlocked,
                $"{literal} is a loopback, private, link-local or metadata address; webhooks may not reach it unless an admin allows private targets.", "$.url");
        }
        var events = request.Events ?? [.. WebhookEvents.All];
        if (events.Count == 0 || events.Any(e => !WebhookEvents.All.Contains(e, StringComparer.Ordinal)))
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, $"events must be a non-empty list of: {string.Join(", ", WebhookEvents.All)}.", "$.events");
        }
        var secret = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var hook = new Webhook
        {
            Id = Guid.NewGuid(), OrgId = caller.OrgId, Url = request.Url!, ProtectedSecret = protection.CreateProtector(Purpose).Protect(secret),
            Events = string.Join(' ', events.Distinct(StringComparer.Ordinal)), Active = true, CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Webhooks.Add(hook);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/webhooks/{hook.Id}", View(hook, secret));
    }

    private static Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        DeleteAsync(Caller.From(http.User), id, db, ct);

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Caller caller, Guid id, TrackboardDbContext db, CancellationToken ct)
    {
        var hook = await db.Webhooks.FirstOrDefaultAsync(w => w.Id == id && w.OrgId == caller.OrgId, ct);
        if (hook is null)
        {
            return Problems.NotFound("Webhook");
        }
        hook.Active = false;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static Task<Results<Ok<JsonArray>, ProblemHttpResult>> Deliveries(Guid id, HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        DeliveriesAsync(Caller.From(http.User), id, db, ct);

    internal static async Task<Results<Ok<JsonArray>, ProblemHttpResult>> DeliveriesAsync(Caller caller, Guid id, TrackboardDbContext db, CancellationToken ct)
    {
        if (!await db.Webhooks.AnyAsync(w => w.Id == id && w.OrgId == caller.OrgId, ct))
        {
            return Problems.NotFound("Webhook");
        }
        var rows = await db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == id).OrderByDescending(d => d.CreatedAt).Take(100).ToListAsync(ct);
        return TypedResults.Ok(new JsonArray([.. rows.Select(d => (JsonNode)new JsonObject
        {
            ["id"] = d.Id.ToString(), ["event"] = d.Event, ["status"] = d.Status, ["attempts"] = d.Attempts,
            ["last_status_code"] = d.LastStatusCode, ["last_error"] = d.LastError, ["created_at"] = d.CreatedAt,
            ["delivered_at"] = d.DeliveredAt, ["next_attempt_at"] = d.Status == WebhookDispatcher.Pending ? d.NextAttemptAt : null,
        })]));
    }

    private static Task<Ok<JsonObject>> Settings(OrgSettingsRequest request, HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        SettingsAsync(Caller.From(http.User), request, db, ct);

    /// <summary>Changes the settings given (none: reads them).</summary>
    internal static async Task<Ok<JsonObject>> SettingsAsync(Caller caller, OrgSettingsRequest request, TrackboardDbContext db, CancellationToken ct)
    {
        var org = await db.Organizations.FirstAsync(o => o.Id == caller.OrgId, ct);
        if (request.AllowPrivateWebhookTargets is { } allow)
        {
            org.AllowPrivateWebhookTargets = allow;
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new JsonObject { ["allow_private_webhook_targets"] = org.AllowPrivateWebhookTargets });
    }

    /// <summary>The URL rules that do not need DNS; addresses are checked when connecting.</summary>
    private static ProblemHttpResult? CheckUrl(string? url)
    {
        if (url is null || url.Length > 2000 || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return Problems.BadRequest(ErrorCodes.InvalidWebhookUrl, "url must be an absolute http(s) URL.", "$.url");
        }
        if (uri.Scheme is not ("http" or "https"))
        {
            return Problems.BadRequest(ErrorCodes.InvalidWebhookUrl, $"Scheme '{uri.Scheme}' is not allowed; use http or https.", "$.url");
        }
        if (uri.UserInfo.Length > 0)
        {
            return Problems.BadRequest(ErrorCodes.InvalidWebhookUrl, "Credentials in the URL are not allowed; the payload is signed instead.", "$.url");
        }
        return null;
    }

    private static JsonObject View(Webhook w, string? secret) => new()
    {
        ["id"] = w.Id.ToString(),
        ["url"] = w.Url,
        ["events"] = new JsonArray([.. w.Events.Split(' ').Select(e => (JsonNode?)JsonValue.Create(e))]),
        ["active"] = w.Active,
        ["created_at"] = w.CreatedAt,
        ["secret"] = secret,
    };
}
