using System.CommandLine;

namespace Trackboard.Guard.Cli;

/// <summary>The <c>trackboard-guard</c> command tree; <c>serve</c> is the default verb.</summary>
internal static class GuardCommandLine
{
    private static readonly string[] s_verbs = ["serve", "check-config", "dlq", "replay", "-h", "--help", "-?", "--version"];

    public static RootCommand Build() => new("Trackboard Guard: validates Segment-compatible events at the edge.")
    {
        new ServeCommand(),
        new CheckConfigCommand(),
        new DlqCommand(),
        new ReplayCommand(),
    };

    /// <summary>Inserts <c>serve</c> when no verb is given (<c>trackboard-guard --config g.yaml</c>).</summary>
    public static string[] WithDefaultVerb(string[] args) => args.Length > 0 && s_verbs.Contains(args[0]) ? args : ["serve", .. args];
}
