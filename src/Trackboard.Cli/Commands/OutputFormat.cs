namespace Trackboard.Cli.Commands;

/// <summary>The <c>--format</c> values; each command accepts a subset.</summary>
internal static class OutputFormat
{
    public const string Text = "text";
    public const string Json = "json";
    public const string Markdown = "markdown";
    public const string GitHub = "github";
    public const string JUnit = "junit";
}
