using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Codegen;

/// <summary>
/// The real compilers and checkers the generated code must pass: tsc (npm typescript under tools/),
/// mypy and the Go toolchain (apt). Each runs in a temporary directory without network access.
/// </summary>
internal static class Toolchains
{
    public const string TypeScriptPackage = "typescript";

    private static readonly string[] s_tscCommon =
        ["--strict", "--noEmit", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler"];

    /// <summary><c>tsc --strict --noEmit</c> over the given files (relative to <paramref name="directory"/>).</summary>
    public static ProcessRunner.Result Tsc(string directory, IEnumerable<string> files, bool javascript)
    {
        var tsc = Path.Combine(ExternalTools.ToolsDirectory, "node_modules", "typescript", "bin", "tsc");
        string[] js = javascript ? ["--allowJs", "--checkJs"] : [];
        return ProcessRunner.Run(ExternalTools.NodePath, [tsc, .. s_tscCommon, .. js, .. files], directory);
    }

    /// <summary><c>mypy --strict</c> over the given files, with its cache inside the directory.</summary>
    public static ProcessRunner.Result Mypy(string directory, IEnumerable<string> files) =>
        ProcessRunner.Run(ExternalTools.CommandPath(ExternalTools.Mypy),
            ["--strict", "--no-color-output", "--cache-dir", Path.Combine(directory, ".mypy_cache"), .. files], directory);

    /// <summary>Runs a Python script.</summary>
    public static ProcessRunner.Result Python(string directory, string file) =>
        ProcessRunner.Run(ExternalTools.CommandPath("python3"), [file], directory);

    /// <summary>Runs a JavaScript module with node.</summary>
    public static ProcessRunner.Result Node(string directory, string file) =>
        ProcessRunner.Run(ExternalTools.NodePath, [file], directory);

    /// <summary>
    /// Creates a Go module <c>example.com/app</c> in <paramref name="directory"/>; generated packages go in subdirectories.
    /// </summary>
    public static void InitGoModule(string directory) =>
        File.WriteAllText(Path.Combine(directory, "go.mod"), "module example.com/app\n\ngo 1.19\n");

    /// <summary>A go command (vet, build, run) in the module, offline, with a build cache shared by test runs.</summary>
    public static ProcessRunner.Result Go(string directory, params string[] arguments) =>
        ProcessRunner.Run(ExternalTools.CommandPath(ExternalTools.Go), arguments, directory, new Dictionary<string, string>
        {
            ["GOFLAGS"] = "-mod=mod",
            ["GOPROXY"] = "off",
            ["GOTOOLCHAIN"] = "local",
            ["GOENV"] = "off",
            ["GOCACHE"] = Path.Combine(Path.GetTempPath(), "trackboard-go-build-cache"),
            ["GOPATH"] = Path.Combine(directory, ".gopath"),
            ["CGO_ENABLED"] = "0",
        });

    /// <summary>A snippet under TestData/codegen/&lt;target&gt;/, copied into a workspace.</summary>
    public static void CopySnippet(string target, string snippet, string directory, string? asName = null) =>
        File.Copy(TestPaths.TestData("codegen", target, snippet), Path.Combine(directory, asName ?? snippet), overwrite: true);
}
