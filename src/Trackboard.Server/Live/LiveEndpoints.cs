using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;
using Trackboard.Server.Plans;

namespace Trackboard.Server.Live;

/// <summary>
/// <c>GET /plans/{id}/live</c>: validation results of one plan as server-sent events, for members of the plan's
/// organization (cookie or bearer). First an <c>event: ready</c>, then one <c>event: validation</c> per result and one
/// <c>event: review</c> per merge-request action on the plan, and a comment line as heartbeat so proxies keep the
/// connection open.
/// </summary>
internal static class LiveEndpoints
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan s_listenTimeout = TimeSpan.FromSeconds(10);

    public static IEndpointRouteBuilder MapLive(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/plans/{id:guid}/live", Stream).WithTags("Live feed").RequireAuthorization(Policies.Viewer)
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        return routes;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Stream(
        Guid id, HttpContext http, TrackboardDbContext db, LiveFeed feed, IHostApplicationLifetime lifetime, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        if (await PlanAccess.FindPlanAsync(db, caller, id, ct) is null)
        {
            return Problems.NotFound("Plan");
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, lifetime.ApplicationStopping);
        using var subscription = feed.Subscribe(caller.OrgId, id);
        try
        {
            await feed.Listening.WaitAsync(s_listenTimeout, time, stop.Token);
        }
        catch (TimeoutException)
        {
            return Problems.Create(503, ErrorCodes.LiveFeedUnavailable, "The live feed is not connected to the database yet; retry shortly.");
        }

        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            var ready = new JsonObject { ["plan_id"] = id.ToString(), ["heartbeat_seconds"] = (int)Heartbeat.TotalSeconds };
            await WriteAsync(response, $"event: ready\ndata: {ready.ToJsonString()}\n\n", stop.Token);
            var readable = subscription.Reader.WaitToReadAsync(stop.Token).AsTask();
            Task? tick = null;
            while (!stop.IsCancellationRequested)
            {
                // One heartbeat timer at a time, however many results arrive in between.
                tick ??= Task.Delay(Heartbeat, time, stop.Token);
                if (await Task.WhenAny(readable, tick) != readable)
                {
                    tick = null;
                    await WriteAsync(response, ": heartbeat\n\n", stop.Token);
                    continue;
                }
                if (!await readable)
                {
                    break;
                }
                var text = new StringBuilder();
                while (subscription.Reader.TryRead(out var message))
                {
                    text.Append("id: ").Append(message.Id).Append("\nevent: ").Append(message.Kind).Append("\ndata: ").Append(message.Json).Append("\n\n");
                }
                await WriteAsync(response, text.ToString(), stop.Token);
                readable = subscription.Reader.WaitToReadAsync(stop.Token).AsTask();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
        return TypedResults.Empty;
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken ct)
    {
        await response.WriteAsync(text, ct);
        await response.Body.FlushAsync(ct);
    }
}
