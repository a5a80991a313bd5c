namespace Trackboard.Guard.Push;

/// <summary>
/// Pushing DLQ rows and per-event counts back to a Trackboard Server (the <c>push</c> section of guard.yaml). Off unless
/// <c>push.enabled</c> is true; the plan URL and token default to those of <c>contract_url</c> / <c>contract_token</c>.
/// </summary>
internal sealed record PushOptions
{
    public bool Enabled { get; init; }

    /// <summary>The plan on the Server: <c>https://SERVER/api/v1/plans/PLAN_ID</c>; empty: derived from <c>contract_url</c>.</summary>
    public string Url { get; init; } = "";

    /// <summary>A personal access token with scope <c>write</c> of an editor; empty: <c>contract_token</c>.</summary>
    public string Token { get; init; } = "";

    /// <summary>How this Guard names itself in the Server's per-Guard counts; empty: the host name.</summary>
    public string GuardId { get; init; } = "";

    public TimeSpan DlqInterval { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan CountsInterval { get; init; } = TimeSpan.FromSeconds(60);

    public int BatchSize { get; init; } = 500;

    /// <summary>DLQ rows waiting to be pushed beyond which the oldest are skipped (they stay in Guard's DLQ).</summary>
    public int MaxBacklog { get; init; } = 100_000;

    /// <summary>Count windows kept while the Server is unreachable; the oldest are dropped beyond it.</summary>
    public int MaxCountWindows { get; init; } = 1440;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan RetryInitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromMinutes(5);

    public string EffectiveGuardId => GuardId.Length > 0 ? GuardId : Environment.MachineName;

    /// <summary>The plan URL to push to: <see cref="Url"/>, else <paramref name="contractUrl"/> without its <c>/contract</c> segment.</summary>
    public string PlanUrl(string contractUrl) =>
        (Url.Length > 0 ? Url : contractUrl.EndsWith("/contract", StringComparison.Ordinal) ? contractUrl[..^"/contract".Length] : "").TrimEnd('/');
}
