namespace Trackboard.Cli.Import;

/// <summary>A row or schema node that could not be imported: where it is (<c>line 7</c>, a JSON path) and why.</summary>
internal sealed record ImportProblem(string Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
