using Trackboard.Guard.Configuration;

namespace Trackboard.Guard.Tests.Config;

public sealed class ContractPullConfigTests
{
    private static string WriteYaml(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), "guard-pull-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public void Read_ContractUrlWithTokenFromEnvironment_PullOptionsWithoutContractFile()
    {
        var path = WriteYaml("""
            contract_url: https://trackboard.example/api/v1/plans/5b0c/contract
            contract_poll_interval: 5s
            contract_keep_versions: 3
            store_file: /var/lib/guard/guard.db
            """);

        var result = GuardConfigReader.Read(path, new Dictionary<string, string> { ["TRACKBOARD_GUARD__CONTRACT_TOKEN"] = "tbp_secret" });

        Assert.Empty(result.Errors);
        var pull = result.Options!.ContractPull;
        Assert.True(pull.Enabled);
        Assert.Equal("tbp_secret", pull.Token);
        Assert.Equal(TimeSpan.FromSeconds(5), pull.PollInterval);
        Assert.Equal(3, pull.KeepVersions);
        Assert.Equal("/var/lib/guard/guard.db.contracts", pull.CacheDirectoryFor(result.Options.StoreFile));
        Assert.Equal("https://trackboard.example/api/v1/plans/5b0c/app-versions", pull.AppVersionsUrl.ToString());
        Assert.Equal("https://trackboard.example/api/v1/plans/5b0c/contract?version=2", pull.VersionUrl(2).ToString());
    }

    [Fact]
    public void Read_BadPullKeys_ReportsEveryOne()
    {
        var path = WriteYaml("""
            contract_file: c.json
            contract_url: https://trackboard.example/api/v1/plans/5b0c/contract?draft=true
            contract_poll_interval: 0
            contract_keep_versions: 0
            contract_tokn: x
            """);

        var result = GuardConfigReader.Read(path, new Dictionary<string, string>());

        Assert.False(result.Success);
        Assert.Equal(["contract_keep_versions", "contract_poll_interval", "contract_tokn", "contract_url", "contract_url"],
            result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Contains("Did you mean 'contract_token'?", result.Errors.Single(e => e.Path == "contract_tokn").Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NeitherFileNorUrl_ContractFileErrorNamesBoth()
    {
        var result = GuardConfigReader.Read(WriteYaml("mode: warn"), new Dictionary<string, string>());

        Assert.Contains("contract_url", result.Errors.Single(e => e.Path == "contract_file").Fix, StringComparison.Ordinal);
    }
}
