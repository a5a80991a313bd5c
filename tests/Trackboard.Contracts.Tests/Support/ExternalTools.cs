namespace Trackboard.Contracts.Tests.Support;

/// <summary>
/// External tools some tests drive: <c>node</c> on the PATH and npm packages under <c>&lt;repo&gt;/tools/node_modules</c>
/// (installed by <c>npm ci --prefix tools</c>). With TRACKBOARD_CI=1 a missing tool fails the test instead of skipping it.
/// </summary>
internal static class ExternalTools
{
    public const string Node = "node";

    /// <summary>The Go toolchain (apt golang-go).</summary>
    public const string Go = "go";

    /// <summary>mypy (apt mypy).</summary>
    public const string Mypy = "mypy";

    /// <summary>The NATS server with JetStream (apt nats-server).</summary>
    public const string NatsServer = "nats-server";

    /// <summary>util-linux <c>script</c> (apt bsdutils): runs a command on a pseudo-terminal.</summary>
    public const string Script = "script";

    // Tools looked up on the PATH; any other name is an npm package under tools/node_modules.
    private static readonly HashSet<string> s_commands = [Node, Go, Mypy, NatsServer, Script];

    public static bool IsCi => Environment.GetEnvironmentVariable("TRACKBOARD_CI") == "1";

    public static string ToolsDirectory => Path.Combine(TestPaths.RepositoryRoot, "tools");

    /// <summary>Why the tools are unavailable, or null when all are there. A name other than a PATH command (node, go, mypy, nats-server, script) is an npm package.</summary>
    public static string? MissingReason(IEnumerable<string> tools)
    {
        var missing = tools.Where(t => !IsAvailable(t)).ToList();
        return missing.Count == 0
            ? null
            : $"Missing {string.Join(", ", missing)}: run scripts/test.sh once (it installs the apt packages and runs `npm ci --prefix tools`).";
    }

    /// <summary>Fails the test when a tool is missing (reached only under TRACKBOARD_CI=1, where nothing is skipped).</summary>
    public static void Require(params string[] tools)
    {
        if (MissingReason(tools) is { } reason)
        {
            Assert.Fail("TRACKBOARD_CI=1 and the test needs external tools. " + reason);
        }
    }

    /// <summary>The full path of <c>node</c>.</summary>
    public static string NodePath => FindOnPath(Node) ?? throw new InvalidOperationException("node is not on the PATH.");

    /// <summary>The full path of a command on the PATH.</summary>
    public static string CommandPath(string command) => FindOnPath(command) ?? throw new InvalidOperationException(command + " is not on the PATH.");

    private static bool IsAvailable(string tool) => s_commands.Contains(tool)
        ? FindOnPath(tool) is not null
        : File.Exists(Path.Combine(ToolsDirectory, "node_modules", tool, "package.json"));

    private static string? FindOnPath(string name)
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var names = OperatingSystem.IsWindows() ? new[] { name + ".exe", name + ".cmd" } : [name];
        return directories.SelectMany(d => names.Select(n => Path.Combine(d, n))).FirstOrDefault(File.Exists);
    }
}
