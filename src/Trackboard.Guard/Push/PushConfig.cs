using Trackboard.Guard.Configuration;

namespace Trackboard.Guard.Push;

/// <summary>Reads and checks the <c>push.*</c> keys; errors are reported with the other config errors.</summary>
internal static class PushConfig
{
    public static readonly string[] Keys =
    [
        "enabled", "url", "token", "guard_id", "dlq_interval", "counts_interval", "batch_size", "max_backlog", "max_count_windows", "timeout",
        "retry_initial_delay", "retry_max_delay",
    ];

    public static PushOptions Bind(Binder b) => new()
    {
        Enabled = b.Bool("push.enabled", false),
        Url = b.String("push.url", ""),
        Token = b.String("push.token", ""),
        GuardId = b.String("push.guard_id", ""),
        DlqInterval = b.Duration("push.dlq_interval", TimeSpan.FromSeconds(5)),
        CountsInterval = b.Duration("push.counts_interval", TimeSpan.FromSeconds(60)),
        BatchSize = b.Int("push.batch_size", 500),
        MaxBacklog = b.Int("push.max_backlog", 100_000),
        MaxCountWindows = b.Int("push.max_count_windows", 1440),
        Timeout = b.Duration("push.timeout", TimeSpan.FromSeconds(10)),
        RetryInitialDelay = b.Duration("push.retry_initial_delay", TimeSpan.FromSeconds(1)),
        RetryMaxDelay = b.Duration("push.retry_max_delay", TimeSpan.FromMinutes(5)),
    };

    public static void Check(GuardOptions o, Action<bool, string, string, string> require)
    {
        var p = o.Push;
        if (!p.Enabled)
        {
            return;
        }

        var url = p.PlanUrl(o.ContractPull.Url);
        require(url.Length > 0, "push.url", "push is enabled but there is no Server to push to.",
            "Set push.url to https://SERVER/api/v1/plans/PLAN_ID, or use contract_url (push.url is derived from it).");
        require(url.Length == 0 || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0
            && System.Text.RegularExpressions.Regex.IsMatch(uri.AbsolutePath, "/plans/[0-9a-fA-F-]{36}$")),
            "push.url", $"'{url}' is not a plan URL of a Trackboard Server.", "Write https://SERVER/api/v1/plans/PLAN_ID (no query string).");
        require(p.Token.Length > 0 || o.ContractPull.Token.Length > 0, "push.token", "push is enabled but no token is set.",
            "Set push.token (TRACKBOARD_GUARD__PUSH__TOKEN) to a personal access token with scope write of an editor.");
        require(p.GuardId.Length <= 100, "push.guard_id", "The id is longer than 100 characters.", "Use a short name such as edge-eu-1.");
        require(p.DlqInterval > TimeSpan.Zero, "push.dlq_interval", "The interval must be positive.", "Write a duration such as 5s.");
        require(p.CountsInterval >= TimeSpan.FromSeconds(1), "push.counts_interval", "The interval must be at least 1s.", "Write a duration such as 60s.");
        require(p.BatchSize is >= 1 and <= 5000, "push.batch_size", $"{p.BatchSize} is out of range.", "Push 1 to 5000 DLQ rows per request (default 500).");
        require(p.MaxBacklog >= p.BatchSize, "push.max_backlog", $"{p.MaxBacklog} is smaller than push.batch_size.", "Use a value such as 100000.");
        require(p.MaxCountWindows is >= 1 and <= 100_000, "push.max_count_windows", $"{p.MaxCountWindows} is out of range.", "Use 1 to 100000 (default 1440).");
        require(p.Timeout > TimeSpan.Zero, "push.timeout", "The timeout must be positive.", "Write a duration such as 10s.");
        require(p.RetryInitialDelay > TimeSpan.Zero, "push.retry_initial_delay", "The delay must be positive.", "Write a duration such as 1s.");
        require(p.RetryMaxDelay >= p.RetryInitialDelay, "push.retry_max_delay", "retry_max_delay is shorter than retry_initial_delay.",
            "Make retry_max_delay at least retry_initial_delay.");
    }
}
