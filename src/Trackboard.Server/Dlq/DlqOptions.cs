namespace Trackboard.Server.Dlq;

/// <summary>Section <c>Trackboard:Dlq</c>.</summary>
internal sealed class DlqOptions
{
    public const string Section = "Trackboard:Dlq";

    /// <summary>Days that DLQ entries are kept (by the time they were received).</summary>
    public int RetentionDays { get; init; } = 30;

    /// <summary>Largest NDJSON body <c>POST /plans/{id}/dlq/import</c> accepts.</summary>
    public int MaxImportBytes { get; init; } = 10 << 20;

    /// <summary>The window whose count is compared with the baseline.</summary>
    public int SpikeWindowMinutes { get; init; } = 60;

    /// <summary>The period before the window that gives the baseline rate.</summary>
    public int SpikeBaselineHours { get; init; } = 24;

    /// <summary>A spike needs at least this many times the baseline count per window.</summary>
    public double SpikeFactor { get; init; } = 5;

    /// <summary>A spike needs at least this many entries in the window, whatever the baseline.</summary>
    public int SpikeMinCount { get; init; } = 20;

    /// <summary>After a spike, the same group is not reported again for this long.</summary>
    public int SpikeCooldownHours { get; init; } = 6;
}
