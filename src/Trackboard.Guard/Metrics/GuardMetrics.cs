using System.Globalization;
using System.Text;

namespace Trackboard.Guard.Metrics;

/// <summary>Guard's counters, gauges and histograms, written in the Prometheus text format.</summary>
internal sealed class GuardMetrics
{
    private readonly List<(string Name, string Help, Func<double> Read)> _gauges = [];

    public Counter Received { get; } = new("trackboard_guard_events_received_total", "Events received (each event of a batch counts).");
    public Counter Accepted { get; } = new("trackboard_guard_events_accepted_total", "Events committed to the outbox for forwarding.");
    public Counter Blocked { get; } = new("trackboard_guard_events_blocked_total", "Events put in the DLQ by policy.");
    public Counter Warned { get; } = new("trackboard_guard_events_warned_total", "Events forwarded with context.trackboard violations.");
    public Counter Stripped { get; } = new("trackboard_guard_events_stripped_total", "Events forwarded with unplanned properties removed.");
    public Counter Observed { get; } = new("trackboard_guard_events_observed_total", "Invalid events forwarded unchanged in observe mode.");
    public Counter Deduplicated { get; } = new("trackboard_guard_events_deduplicated_total", "Events acknowledged as duplicates of a stored messageId.");
    public Counter Rejected { get; } = new("trackboard_guard_requests_rejected_total", "Requests answered 4xx/5xx before anything was stored.");
    public Counter Forwarded { get; } = new("trackboard_guard_events_forwarded_total", "Events the destination accepted.");
    public Counter Retried { get; } = new("trackboard_guard_events_retried_total", "Event deliveries scheduled for another attempt.");
    public Counter Parked { get; } = new("trackboard_guard_events_parked_total", "Events parked in the DLQ as delivery_failed.");
    public Counter Replayed { get; } = new("trackboard_guard_events_replayed_total", "DLQ rows queued again by replay.");
    public Counter ContractReloads { get; } = new("trackboard_guard_contract_reloads_total", "Contract files loaded.");
    public Counter ContractReloadFailures { get; } = new("trackboard_guard_contract_reload_failures_total", "Contract files refused (old contract kept).");
    public Counter ContractPullErrors { get; } = new("trackboard_guard_contract_pull_errors_total", "Polls of contract_url that failed (Server unreachable or an error status); the contract in force is kept.");
    public LabeledCounter ValidatedByVersion { get; } = new("trackboard_guard_events_validated_total", "Events validated, by the contract version used and why it was chosen (stamp, app_version, latest).", "contract_version", "selected_by");
    public Histogram ValidationLatency { get; } = new("trackboard_guard_validation_seconds", "Time to validate one event.");
    public Histogram CommitLatency { get; } = new("trackboard_guard_commit_seconds", "Time of one group commit.");
    public Histogram ForwardLatency { get; } = new("trackboard_guard_forward_seconds", "Time of one batch sent to the destination.");

    /// <summary>The version of the contract in force, or null before one is loaded.</summary>
    public Func<string?> ContractVersion { get; set; } = () => null;

    public void Gauge(string name, string help, Func<double> read)
    {
        lock (_gauges)
        {
            _gauges.Add((name, help, read));
        }
    }

    public string Render()
    {
        var sb = new StringBuilder();
        foreach (var counter in new[] { Received, Accepted, Blocked, Warned, Stripped, Observed, Deduplicated, Rejected, Forwarded, Retried, Parked, Replayed, ContractReloads, ContractReloadFailures, ContractPullErrors })
        {
            Line(sb, counter.Name, counter.Help, "counter");
            sb.Append(counter.Name).Append(' ').Append(counter.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        ValidatedByVersion.Render(sb);
        lock (_gauges)
        {
            foreach (var (name, help, read) in _gauges)
            {
                Line(sb, name, help, "gauge");
                sb.Append(name).Append(' ').Append(read().ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        Line(sb, "trackboard_guard_contract_info", "The contract version in force (value 1).", "gauge");
        if (ContractVersion() is { } version)
        {
            sb.Append("trackboard_guard_contract_info{version=\"").Append(version.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"} 1\n");
        }

        foreach (var histogram in new[] { ValidationLatency, CommitLatency, ForwardLatency })
        {
            Line(sb, histogram.Name, histogram.Help, "histogram");
            var (cumulative, sum) = histogram.Snapshot();
            for (var i = 0; i < cumulative.Length; i++)
            {
                var le = i < Histogram.Bounds.Count ? Histogram.Bounds[i].ToString("R", CultureInfo.InvariantCulture) : "+Inf";
                sb.Append(CultureInfo.InvariantCulture, $"{histogram.Name}_bucket{{le=\"{le}\"}} {cumulative[i]}\n");
            }

            sb.Append(CultureInfo.InvariantCulture, $"{histogram.Name}_sum {sum.ToString("R", CultureInfo.InvariantCulture)}\n");
            sb.Append(CultureInfo.InvariantCulture, $"{histogram.Name}_count {cumulative[^1]}\n");
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string name, string help, string type) =>
        sb.Append("# HELP ").Append(name).Append(' ').Append(help).Append("\n# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
}
