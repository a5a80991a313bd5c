namespace Trackboard.Guard.Configuration;

/// <summary>The checks of the <c>contract_*</c> pull keys, reported with the other config errors.</summary>
internal static class ContractPullRules
{
    public static void Check(GuardOptions o, Action<bool, string, string, string> require)
    {
        var pull = o.ContractPull;
        if (!pull.Enabled)
        {
            return;
        }

        require(o.ContractFile.Length == 0, "contract_url", "Both contract_file and contract_url are set.",
            "Keep one: contract_file reads a local file, contract_url pulls from a Trackboard Server.");
        var valid = Uri.TryCreate(pull.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
        require(valid && uri!.Query.Length == 0 && uri.AbsolutePath.EndsWith("/contract", StringComparison.Ordinal), "contract_url",
            $"'{pull.Url}' is not the Server's contract URL.", "Write https://SERVER/api/v1/plans/PLAN_ID/contract (no query string).");
        require(pull.PollInterval > TimeSpan.Zero, "contract_poll_interval", "The interval must be positive.", "Write a duration such as 30s.");
        require(pull.Timeout > TimeSpan.Zero, "contract_timeout", "The timeout must be positive.", "Write a duration such as 10s.");
        require(pull.KeepVersions is >= 1 and <= 100, "contract_keep_versions", $"{pull.KeepVersions} is out of range.", "Keep 1 to 100 versions (default 5).");
    }
}
