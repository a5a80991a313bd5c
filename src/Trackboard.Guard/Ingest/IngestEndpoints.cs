using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Unicode;
using Trackboard.Contracts.Validation;
using Trackboard.Guard.ContractSource;
using Trackboard.Guard.Hosting;
using Trackboard.Guard.Metrics;
using Trackboard.Guard.Policy;
using Trackboard.Guard.Storage;
using Trackboard.Guard.Tracing;

namespace Trackboard.Guard.Ingest;

/// <summary>The Segment HTTP Tracking API: <c>POST /v1/track|identify|page|screen|group|alias|batch</c>.</summary>
internal static class IngestEndpoints
{
    public static IEndpointRouteBuilder MapIngest(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/v1");
        foreach (var callType in CallTypes.All)
        {
            v1.MapPost("/" + callType, (HttpContext context, IngestServices services, CancellationToken cancellationToken) =>
                HandleAsync(context, callType, services, cancellationToken));
        }

        v1.MapPost("/batch", (HttpContext context, IngestServices services, CancellationToken cancellationToken) =>
            HandleAsync(context, null, services, cancellationToken));
        return app;
    }

    /// <summary>Handles one call; <paramref name="callType"/> is that of a single-call endpoint, null for <c>/v1/batch</c>.</summary>
    private static async Task<IResult> HandleAsync(HttpContext context, string? callType, IngestServices s, CancellationToken cancellationToken)
    {
        using var activity = GuardTracing.StartIngest(callType);
        var request = context.Request;
        var (headerKey, authError) = WriteKeyAuth.FromHeader(request);
        if (authError is null && headerKey.Length > 0)
        {
            authError = WriteKeyAuth.Resolve(headerKey, s.Options).Error;
        }

        if (authError is not null)
        {
            return Refuse(context, authError, s.Metrics, activity);
        }

        if (s.Contracts.Set is not { } contracts)
        {
            return Refuse(context, new IngestError(503, IngestErrorCodes.ContractNotLoaded, "No contract is loaded yet; retry shortly."), s.Metrics, activity);
        }

        byte[]? body;
        int length;
        IngestError? error;
        try
        {
            (body, length, error) = await RequestBodyReader.ReadAsync(request, s.Options.Limits, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            (body, length, error) = (null, 0, new IngestError(413, IngestErrorCodes.BodyTooLarge, "The body is larger than the limit."));
        }

        if (error is not null)
        {
            return Refuse(context, error, s.Metrics, activity);
        }

        try
        {
            return await ProcessAsync(context, callType, body!.AsMemory(0, length), headerKey, contracts, s, activity).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body!);
        }
    }

    private static async Task<IResult> ProcessAsync(HttpContext context, string? callType, ReadOnlyMemory<byte> body, string headerKey, ContractSet contracts, IngestServices s,
        Activity? activity)
    {
        var limits = s.Options.Limits;
        if (!Utf8.IsValid(body.Span))
        {
            return Refuse(context, new IngestError(400, IngestErrorCodes.InvalidUtf8, "The body is not valid UTF-8."), s.Metrics, activity);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = limits.MaxDepth });
        }
        catch (JsonException)
        {
            return Refuse(context, JsonProblems.Classify(body.Span, limits.MaxDepth), s.Metrics, activity);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Refuse(context, new IngestError(400, IngestErrorCodes.InvalidPayloadShape,
                    $"The body must be a JSON object, not {root.ValueKind.ToString().ToLowerInvariant()}."), s.Metrics, activity);
            }

            var bodyKey = root.TryGetProperty("writeKey", out var wk) && wk.ValueKind == JsonValueKind.String ? wk.GetString()! : "";
            var (source, authError) = WriteKeyAuth.Resolve(headerKey.Length > 0 ? headerKey : bodyKey, s.Options);
            if (authError is not null)
            {
                return Refuse(context, authError, s.Metrics, activity);
            }

            var policy = s.Options.PolicyFor(source);
            GuardTracing.Authenticated(activity, source, policy.Mode, contracts.Latest.Version);
            // Each event is validated against the version it was built with when Guard holds it (stamp or app-version map).
            EventOutcome Process(int index, JsonElement element, string? type)
            {
                var (contract, selectedBy) = contracts.Select(element);
                s.Metrics.ValidatedByVersion.Add(contract.Version, selectedBy);
                return s.Processor.Process(index, element, type, source, policy, contract, limits) with { ContractVersion = contract.Version, ContractSelectedBy = selectedBy };
            }

            var outcomes = new List<EventOutcome>();
            if (callType is not null)
            {
                if (body.Length > limits.MaxEventBytes)
                {
                    return Refuse(context, new IngestError(413, IngestErrorCodes.EventTooLarge, $"The event is larger than {limits.MaxEventBytes} bytes."), s.Metrics, activity);
                }

                EventOutcome single;
                using (GuardTracing.StartValidate(1))
                {
                    single = Process(0, root, callType);
                }

                // A single call with a broken shape is the client's bug: answer 400 instead of storing it.
                if (single.Violations.FirstOrDefault(v => v.Code is ViolationCodes.InvalidPayloadShape or ViolationCodes.InvalidJson) is { } shape)
                {
                    return Refuse(context, new IngestError(400, IngestErrorCodes.InvalidPayloadShape, shape.Message), s.Metrics, activity);
                }

                outcomes.Add(single);
            }
            else
            {
                if (!root.TryGetProperty("batch", out var batch) || batch.ValueKind != JsonValueKind.Array)
                {
                    return Refuse(context, new IngestError(400, IngestErrorCodes.InvalidPayloadShape, "A batch body is {\"batch\": [ ...events ]}."), s.Metrics, activity);
                }

                var count = batch.GetArrayLength();
                if (count > limits.MaxBatchEvents)
                {
                    return Refuse(context, new IngestError(413, IngestErrorCodes.TooManyEvents,
                        $"The batch has {count} events; the limit is {limits.MaxBatchEvents}."), s.Metrics, activity);
                }

                using (GuardTracing.StartValidate(count))
                {
                    var index = 0;
                    foreach (var element in batch.EnumerateArray())
                    {
                        outcomes.Add(Process(index++, element, null));
                    }
                }
            }

            s.Metrics.Received.Add(outcomes.Count);
            return await CommitAsync(context, outcomes, s, activity).ConfigureAwait(false);
        }
    }

    private static async Task<IResult> CommitAsync(HttpContext context, List<EventOutcome> outcomes, IngestServices s, Activity? activity)
    {
        bool[] duplicates;
        using (var commit = GuardTracing.StartCommit(outcomes.Count))
        {
            try
            {
                // Not cancellable: once queued, the commit runs anyway, and the pooled body must outlive it.
                duplicates = await s.Store.CommitIngestAsync(outcomes.ConvertAll(o => o.Record), CancellationToken.None).ConfigureAwait(false);
            }
            catch (StoreUnavailableException ex)
            {
                GuardTracing.Failed(commit, ex.Code);
                context.Response.Headers.RetryAfter = "5";
                return Refuse(context, new IngestError(503, ex.Code, "The store could not commit; nothing from this request was kept. Retry later."), s.Metrics, activity);
            }
        }

        var counts = context.RequestServices.GetService<Push.EventCounts>();
        var tally = new DecisionTally();
        for (var i = 0; i < outcomes.Count; i++)
        {
            var o = outcomes[i];
            if (duplicates[i])
            {
                o.Decision = Decision.Duplicate;
            }
            else
            {
                counts?.Add(o.Record.Source, o.ContractVersion, o.Record.EventName ?? $"({o.Record.CallType})",
                    !o.Violations.Any(v => v.Severity == ViolationSeverity.Error));
            }

            tally.Add(o.Decision);
        }

        tally.AddTo(s.Metrics);
        GuardTracing.Decided(activity, outcomes.Count, tally);
        var verbose = context.Request.Query["verbose"] is { Count: > 0 } v && v[0] is "1" or "true";
        return IngestResponses.Success(outcomes, verbose);
    }

    private static IResult Refuse(HttpContext context, IngestError error, GuardMetrics metrics, Activity? activity)
    {
        metrics.Rejected.Add();
        GuardTracing.Refused(activity, error.Code, error.Status);
        GuardLog.RequestRefused(context.RequestServices.GetRequiredService<ILogger<IngestServices>>(), error.Code);
        return IngestResponses.Problem(error);
    }
}
