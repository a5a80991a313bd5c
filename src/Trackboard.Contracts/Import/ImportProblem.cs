namespace Trackboard.Contracts.Import;

/// <summary>A row or schema node that could not be imported: where it is (<c>line 7</c>, a JSON path) and why.</summary>
/// <param name="Location">Where: <c>line 7</c> for CSV, a JSON path or file name otherwise.</param>
/// <param name="Message">Why it was skipped and how to fix it.</param>
public sealed record ImportProblem(string Location, string Message)
{
    /// <summary><c>Location: Message</c>.</summary>
    public override string ToString() => $"{Location}: {Message}";
}
