using System.Text.Json;
using Trackboard.Cli.Tests.Support;

namespace Trackboard.Cli.Tests.Commands;

public sealed class StatusCommandTests
{
    private static readonly Dictionary<string, string> s_targetByExtension = new(StringComparer.Ordinal)
    {
        [".ts"] = "typescript", [".py"] = "python", [".go"] = "go", [".java"] = "java", [".kt"] = "kotlin", [".cs"] = "csharp",
    };

    private static string Contract => TestPaths.Examples("contracts", "web-analytics.v1.json");

    // Each TestData/status file calls the signup and checkout helpers for real and names the product_viewed helper only
    // in comments, strings, templates and declarations. Adding a language sample means adding a file.
    public static TheoryData<string> Samples =>
        [.. Directory.GetFiles(TestPaths.TestData("status")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Status_SampleNextToGeneratedCode_FindsRealCallsAndSkipsDecoys(string sample)
    {
        using var temp = new TempDirectory();
        var src = Path.Combine(temp.Path, "src");
        var codegen = await CliRun.InvokeAsync("codegen", s_targetByExtension[Path.GetExtension(sample)], "--contract", Contract, "--out", Path.Combine(src, "gen"));
        Assert.Equal(ExitCodes.Ok, codegen.ExitCode);
        File.Copy(TestPaths.TestData("status", sample), Path.Combine(src, sample));

        var run = await CliRun.InvokeAsync("status", "--contract", Contract, "--src", src, "--format", "json");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        var events = report.RootElement.GetProperty("events").EnumerateArray().ToDictionary(e => e.GetProperty("event").GetString()!);
        Assert.Equal(["checkout_completed", "signup_completed"], events.Values.Where(e => e.GetProperty("implemented").GetBoolean()).Select(e => e.GetProperty("event").GetString()));
        Assert.All(events.Values.SelectMany(e => e.GetProperty("call_sites").EnumerateArray()), site => Assert.Equal(sample, site.GetProperty("file").GetString()));
        Assert.Equal(1, events["signup_completed"].GetProperty("call_sites").GetArrayLength());
        Assert.Equal(1, events["checkout_completed"].GetProperty("call_sites").GetArrayLength());
        Assert.True(events["product_viewed"].GetProperty("missing").GetBoolean());
        Assert.False(events["page_viewed_legacy"].GetProperty("missing").GetBoolean());
        var summary = report.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("missing").GetInt32());
        Assert.Equal(1, summary.GetProperty("files_scanned").GetInt32());
        Assert.True(summary.GetProperty("generated_files_skipped").GetInt32() >= 1);
        Assert.Contains("Missing: product_viewed", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_TypeScriptCall_ReportsLineAndColumnOfTheHelperName()
    {
        using var temp = new TempDirectory();
        temp.Write("web/a.ts", "import * as tb from './trackboard';\n\nfunction f(c) {\n    tb.trackSignupCompleted(c, {});\n}\n");

        var run = await CliRun.InvokeAsync("status", "--contract", Contract, "--src", temp.Path, "--format", "json");

        using var report = JsonDocument.Parse(run.Out);
        var site = report.RootElement.GetProperty("events").EnumerateArray()
            .Single(e => e.GetProperty("event").GetString() == "signup_completed").GetProperty("call_sites")[0];
        Assert.Equal("web/a.ts", site.GetProperty("file").GetString());
        Assert.Equal(4, site.GetProperty("line").GetInt32());
        Assert.Equal(8, site.GetProperty("column").GetInt32());
        Assert.Equal("trackSignupCompleted", site.GetProperty("helper").GetString());
        Assert.Equal("typescript", site.GetProperty("language").GetString());
    }

    [Fact]
    public async Task Status_EveryActiveEventCalled_Exits0WithTheTable()
    {
        using var temp = new TempDirectory();
        temp.Write("checkout.py", "from gen import trackboard as tb\n\ntb.track_checkout_completed(client, props)\ntb.track_checkout_completed(client, other)\n");
        temp.Write("signup.go", "package app\n\nfunc f() { _ = trackboard.TrackSignupCompleted(c, p, nil) }\n");
        temp.Write("Product.cs", "static class P { static void F(ITrackboardClient c) => c.TrackProductViewed(new()); }\n");
        temp.Write("node_modules/lib/index.js", "trackPageViewedLegacy(client, {});\n");
        temp.Write(".cache/x.ts", "trackPageViewedLegacy(client, {});\n");

        var run = await CliRun.InvokeAsync("status", "--contract", Contract, "--src", temp.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Snapshot.Match("status/all-called.txt", run.Out);
        Assert.Contains("4 call site(s) in 3 file(s)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_SrcDoesNotExist_Exits65NamingIt()
    {
        var run = await CliRun.InvokeAsync("status", "--contract", Contract, "--src", "/nonexistent/src");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("/nonexistent/src does not exist", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Status_SrcIsAFile_Exits65()
    {
        var run = await CliRun.InvokeAsync("status", "--contract", Contract, "--src", Contract);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("is a file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_MissingContract_Exits65()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.InvokeAsync("status", "--contract", "/nonexistent/contract.json", "--src", temp.Path);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("/nonexistent/contract.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_WithoutSrc_Exits64WithUsage()
    {
        var run = await CliRun.InvokeAsync("status", "--contract", Contract);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--src", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_UnknownFormat_Exits64()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.InvokeAsync("status", "--contract", Contract, "--src", temp.Path, "--format", "xml");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }
}
