namespace Trackboard.Guard.Configuration;

/// <summary>Request limits, all applied after gzip decompression.</summary>
internal sealed record LimitsOptions
{
    public int MaxBodyBytes { get; init; } = 512 * 1024;

    public int MaxEventBytes { get; init; } = 32 * 1024;

    public int MaxDepth { get; init; } = 64;

    public int MaxBatchEvents { get; init; } = 2500;

    /// <summary>Cap on the store file; 0 means no cap. A full store answers 503 <c>store_full</c>.</summary>
    public long MaxStoreBytes { get; init; }
}
