using System.Diagnostics;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Loading;
using Trackboard.Integration.Tests.Support;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Integration.Tests;

/// <summary><c>trackboard pull</c>, as its own process, against a real Server (its HTTP client is tested against a fake in the CLI tests).</summary>
public sealed class CliPullTests
{
    [Fact]
    public async Task Pull_PublishedPlan_WritesTheContractTheServerServes()
    {
        await using var server = ServerHost.Start();
        var (owner, token) = await server.RegisterAsync();
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (_, published) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        Assert.Equal(201, (await PlanSteps.PublishAsync(owner, plan, published)).Code);
        var output = Path.Combine(Path.GetTempPath(), "trackboard-pull-" + Guid.NewGuid().ToString("N") + ".json");

        try
        {
            var (code, error) = await PullAsync(server, plan, token, output, "--version", "1");

            Assert.True(code == 0, error);
            var contract = ContractLoader.LoadFile(output).Contract!;
            Assert.Equal(1, contract.VersionNumber);
            Assert.NotNull(contract.FindEvent("signup_completed"));
            Assert.Contains(ContractHasher.Hash(contract), error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Pull_RefusedTokenAndUnknownVersion_Exit65AndWriteNothing()
    {
        await using var server = ServerHost.Start();
        var (owner, token) = await server.RegisterAsync();
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (_, published) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        Assert.Equal(201, (await PlanSteps.PublishAsync(owner, plan, published)).Code);
        var output = Path.Combine(Path.GetTempPath(), "trackboard-pull-" + Guid.NewGuid().ToString("N") + ".json");

        var refused = await PullAsync(server, plan, "tbp_not_a_token", output);
        var missing = await PullAsync(server, plan, token, output, "--version", "9");

        Assert.Equal(65, refused.Code);
        Assert.Contains("401", refused.Error, StringComparison.Ordinal);
        Assert.Contains("TRACKBOARD_TOKEN", refused.Error, StringComparison.Ordinal);
        Assert.Equal(65, missing.Code);
        Assert.Contains("404", missing.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private static async Task<(int Code, string Error)> PullAsync(ServerHost server, Guid plan, string token, string output, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "trackboard.dll"), "pull", "--server", server.BaseAddress.ToString(),
            "--plan", plan.ToString(), "--out", output, .. extra])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TRACKBOARD_TOKEN"] = token;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await error);
    }
}
