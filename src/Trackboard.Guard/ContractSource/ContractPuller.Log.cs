namespace Trackboard.Guard.ContractSource;

internal sealed partial class ContractPuller
{
    [LoggerMessage(210, LogLevel.Information, "Contract {Version} (v{Number}) pulled and in force; {Held} versions held, {Rules} app-version ranges")]
    private static partial void LogApplied(ILogger logger, string version, long number, int held, int rules);

    [LoggerMessage(211, LogLevel.Warning, "Contract pull failed, keeping version {Kept}: {Reason}")]
    private static partial void LogPullFailed(ILogger logger, string kept, string reason);

    [LoggerMessage(212, LogLevel.Error, "Contract from {Url} refused, keeping version {Kept}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string url, string kept, string reason);

    [LoggerMessage(213, LogLevel.Information, "Contract {Version} loaded from the cache {Directory} ({Held} versions); the Server is polled next")]
    private static partial void LogFromCache(ILogger logger, string version, int held, string directory);

    [LoggerMessage(214, LogLevel.Warning, "Contract cache: {Problem}")]
    private static partial void LogCacheProblem(ILogger logger, string problem);
}
