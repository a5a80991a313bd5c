using System.Diagnostics;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Forwarding;
using Trackboard.Guard.Policy;

namespace Trackboard.Guard.Tracing;

/// <summary>
/// Guard's spans. With no listener (tracing off) <see cref="ActivitySource.StartActivity(string, ActivityKind)"/> returns null
/// and every tag below sits behind a null or <see cref="Activity.IsAllDataRequested"/> check, so the hot path allocates nothing.
/// Attributes hold names, labels, counts and codes only: never property values, user ids or write keys.
/// </summary>
internal static class GuardTracing
{
    public const string SourceName = "Trackboard.Guard";

    public const string Ingest = "guard.ingest";
    public const string Validate = "guard.validate";
    public const string StoreCommit = "guard.store.commit";
    public const string Forward = "guard.forward";
    public const string ContractPull = "guard.contract_pull";

    public static readonly ActivitySource Source = new(SourceName, typeof(GuardTracing).Assembly.GetName().Version?.ToString(3));

    /// <summary>The span of one ingest call; <paramref name="callType"/> is null for <c>/v1/batch</c>.</summary>
    public static Activity? StartIngest(string? callType)
    {
        var activity = Source.StartActivity(Ingest);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(SpanAttributes.CallType, callType ?? "batch");
        }

        return activity;
    }

    /// <summary>A refused call: <c>error.type</c> is the problem's code; only the server's own faults (5xx) mark the span as failed.</summary>
    public static void Refused(Activity? activity, string code, int status)
    {
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(SpanAttributes.ErrorType, code);
            if (status >= 500)
            {
                activity.SetStatus(ActivityStatusCode.Error, code);
            }
        }
    }

    /// <summary>Who called (the source label a write key maps to, never the key) and what the call is checked against.</summary>
    public static void Authenticated(Activity? activity, string source, PolicyMode mode, string contractVersion)
    {
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(SpanAttributes.Source, source);
            activity.SetTag(SpanAttributes.PolicyMode, mode switch
            {
                PolicyMode.Warn => "warn",
                PolicyMode.Observe => "observe",
                _ => "block",
            });
            activity.SetTag(SpanAttributes.ContractVersion, contractVersion);
        }
    }

    /// <summary>A child span around the validation of a call's events (one span per call, not per event).</summary>
    public static Activity? StartValidate(int events)
    {
        var activity = Source.StartActivity(Validate);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(SpanAttributes.EventsCount, events);
        }

        return activity;
    }

    /// <summary>A child span around the wait for the group commit that makes the call's records durable.</summary>
    public static Activity? StartCommit(int records)
    {
        var activity = Source.StartActivity(StoreCommit);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(SpanAttributes.DbSystemName, "sqlite");
            activity.SetTag(SpanAttributes.StoreRecords, records);
        }

        return activity;
    }

    public static void Failed(Activity? activity, string errorType)
    {
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(SpanAttributes.ErrorType, errorType);
            activity.SetStatus(ActivityStatusCode.Error, errorType);
        }
    }

    /// <summary>The decisions of a committed call, counted as <c>/metrics</c> counts them (accepted includes warned and stripped).</summary>
    public static void Decided(Activity? activity, int events, in DecisionTally tally)
    {
        if (activity is not { IsAllDataRequested: true })
        {
            return;
        }

        activity.SetTag(SpanAttributes.EventsCount, events);
        activity.SetTag(SpanAttributes.EventsAccepted, tally.Accepted);
        activity.SetTag(SpanAttributes.EventsBlocked, tally.Blocked);
        activity.SetTag(SpanAttributes.EventsWarned, tally.Warned);
        activity.SetTag(SpanAttributes.EventsStripped, tally.Stripped);
        activity.SetTag(SpanAttributes.EventsDuplicate, tally.Duplicate);
    }

    /// <summary>The span of one batch sent to a destination, with what is known before the send.</summary>
    public static Activity? StartForward(DestinationOptions destination, int batchSize)
    {
        var activity = Source.StartActivity(Forward);
        if (activity is not { IsAllDataRequested: true })
        {
            return activity;
        }

        activity.SetTag(SpanAttributes.DestinationName, destination.Name);
        activity.SetTag(SpanAttributes.MessagingBatchMessageCount, batchSize);
        // Host and port only: a URL may carry credentials in its query string.
        if (Uri.TryCreate(destination.Url, UriKind.Absolute, out var url))
        {
            activity.SetTag(SpanAttributes.ServerAddress, url.Host);
            activity.SetTag(SpanAttributes.ServerPort, url.Port);
        }

        if (destination.Kind == DestinationKind.Nats)
        {
            activity.SetTag(SpanAttributes.DestinationType, "nats");
            activity.SetTag(SpanAttributes.MessagingSystem, "nats");
            activity.SetTag(SpanAttributes.MessagingDestinationName, destination.Subject);
        }
        else
        {
            activity.SetTag(SpanAttributes.DestinationType, "http");
        }

        return activity;
    }

    /// <summary>What the destination did with the batch.</summary>
    public static void Forwarded(Activity? activity, SendResult result)
    {
        if (activity is not { IsAllDataRequested: true })
        {
            return;
        }

        activity.SetTag(SpanAttributes.ForwardDelivered, result.Delivered.Count);
        if (result.Status > 0)
        {
            activity.SetTag(SpanAttributes.HttpResponseStatusCode, result.Status);
        }

        if (result.Failed.Count == 0)
        {
            activity.SetTag(SpanAttributes.ForwardOutcome, "delivered");
            return;
        }

        var outcome = result.Aborted ? "aborted" : result.RejectReason is not null ? "rejected" : "retry";
        var error = result.Failure is { } failure ? failure.GetType().FullName : result.Status > 0 ? result.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "_OTHER";
        activity.SetTag(SpanAttributes.ForwardOutcome, outcome);
        activity.SetTag(SpanAttributes.ErrorType, error);
        activity.SetStatus(ActivityStatusCode.Error, outcome);
    }

    /// <summary>The contract-pull span in progress, when this poll is recorded.</summary>
    public static Activity? CurrentPull() =>
        Activity.Current is { IsAllDataRequested: true } current && ReferenceEquals(current.Source, Source) && current.OperationName == ContractPull ? current : null;
}
