namespace Trackboard.Cli.Tests.Support;

/// <summary>
/// Tests that build or pack src/Trackboard.Cli themselves share its obj folder, so they run one at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CliBuildCollection
{
    public const string Name = "builds the CLI project";
}
