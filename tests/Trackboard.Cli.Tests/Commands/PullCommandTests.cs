using System.Text;
using Trackboard.Cli.Tests.Support;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Loading;

namespace Trackboard.Cli.Tests.Commands;

public sealed class PullCommandTests
{
    private static readonly Dictionary<string, string> s_token = new() { ["TRACKBOARD_TOKEN"] = "tok_secret" };

    [Fact]
    public async Task Pull_PublishedVersion_SendsTokenVerifiesHashAndWritesTheFile()
    {
        var contract = ContractLoader.LoadFile(Seeds.ContractV1).Contract!;
        await using var server = new FakeServer(200, CanonicalJson.Export(contract));
        using var temp = new TempDirectory();
        var output = temp.File("contract.json");

        var run = await CliRun.InvokeAsync(s_token, null, "pull", "--server", server.BaseUrl + "/", "--plan", "plan_web", "--version", "1", "--out", output);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var request = Assert.Single(server.Requests);
        Assert.StartsWith("GET /api/v1/plans/plan_web/contract?version=1 HTTP/1.1\r\n", request, StringComparison.Ordinal);
        Assert.Contains("Authorization: Bearer tok_secret\r\n", request, StringComparison.Ordinal);
        Assert.Equal(ContractHasher.Hash(contract), ContractHasher.Hash(ContractLoader.LoadFile(output).Contract!));
    }

    [Fact]
    public async Task Pull_HashMismatch_Exits65AndWritesNothing()
    {
        var body = Encoding.UTF8.GetString(CanonicalJson.Export(ContractLoader.LoadFile(Seeds.ContractV1).Contract!))
            .Replace("Core product analytics contract", "Tampered", StringComparison.Ordinal);
        await using var server = new FakeServer(200, Encoding.UTF8.GetBytes(body));
        using var temp = new TempDirectory();

        var run = await CliRun.InvokeAsync(s_token, null, "pull", "--server", server.BaseUrl, "--plan", "plan_web", "--out", temp.File("contract.json"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("hash mismatch", run.Error, StringComparison.Ordinal);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public async Task Pull_NotFound_Exits65WithTheFix()
    {
        await using var server = new FakeServer(404, """{"title":"Not found","detail":"No plan plan_x."}"""u8.ToArray());

        var run = await CliRun.InvokeAsync(s_token, null, "pull", "--server", server.BaseUrl, "--plan", "plan_x");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("404", run.Error, StringComparison.Ordinal);
        Assert.Contains("No plan plan_x.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Check --plan and --version", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Pull_ServerNotAUrl_Exits64()
    {
        var run = await CliRun.InvokeAsync("pull", "--server", "localhost", "--plan", "p");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }
}
