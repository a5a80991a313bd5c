using Trackboard.Guard.Configuration;

namespace Trackboard.Guard.Tests.Config;

public sealed class PushConfigTests
{
    private const string Plan = "5b0c2e1a-9d7f-4c61-8a53-2f4a7e0b9c11";

    private static string WriteYaml(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), "guard-push-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public void Read_PushWithContractUrl_DerivesPlanUrlAndTakesTokenFromEnvironment()
    {
        var path = WriteYaml($"""
            contract_url: https://trackboard.example/api/v1/plans/{Plan}/contract
            contract_token: tbp_read
            push:
              enabled: true
              counts_interval: 30s
              batch_size: 200
            """);

        var result = GuardConfigReader.Read(path, new Dictionary<string, string> { ["TRACKBOARD_GUARD__PUSH__TOKEN"] = "tbp_write" });

        Assert.Empty(result.Errors);
        var push = result.Options!.Push;
        Assert.True(push.Enabled);
        Assert.Equal("tbp_write", push.Token);
        Assert.Equal(TimeSpan.FromSeconds(30), push.CountsInterval);
        Assert.Equal(200, push.BatchSize);
        Assert.Equal($"https://trackboard.example/api/v1/plans/{Plan}", push.PlanUrl(result.Options.ContractPull.Url));
        Assert.Equal(Environment.MachineName, push.EffectiveGuardId);
    }

    [Fact]
    public void Read_BadPushKeys_ReportsEveryOneWithItsPath()
    {
        var path = WriteYaml("""
            contract_file: c.json
            push:
              enabled: true
              url: https://trackboard.example/api/v1/plans/not-a-plan?x=1
              dlq_interval: 0
              batch_size: 0
              max_count_windows: 0
              retry_initial_delay: 10s
              retry_max_delay: 1s
              intervall: 5s
            """);

        var result = GuardConfigReader.Read(path, new Dictionary<string, string>());

        Assert.False(result.Success);
        Assert.Equal(["push.batch_size", "push.dlq_interval", "push.intervall", "push.max_count_windows", "push.retry_max_delay", "push.token", "push.url"],
            result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Contains("https://SERVER/api/v1/plans/PLAN_ID", result.Errors.Single(e => e.Path == "push.url").Fix, StringComparison.Ordinal);
        Assert.Contains("scope write", result.Errors.Single(e => e.Path == "push.token").Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PushWithoutServer_UrlErrorSaysWhere()
    {
        var result = GuardConfigReader.Read(WriteYaml("contract_file: c.json\npush:\n  enabled: true\n  token: t\n"), new Dictionary<string, string>());

        Assert.Equal("push.url", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void Read_PushOff_NothingChecked()
    {
        var result = GuardConfigReader.Read(WriteYaml("contract_file: c.json\npush:\n  batch_size: 0\n"), new Dictionary<string, string>());

        Assert.Empty(result.Errors);
        Assert.False(result.Options!.Push.Enabled);
    }
}
