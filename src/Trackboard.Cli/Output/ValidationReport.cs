using Trackboard.Contracts.Validation;

namespace Trackboard.Cli.Output;

/// <summary>Receives each event's result as it is validated and writes the report; keeps only the tally.</summary>
internal abstract class ValidationReport(string source)
{
    /// <summary>The events file, as named on the command line.</summary>
    protected string Source { get; } = source;

    public ValidationTally Tally { get; } = new();

    public void Add(EventLocation location, ValidationResult result)
    {
        Tally.Add(result);
        if (result.Violations.Count > 0)
        {
            Write(location, result);
        }
    }

    public abstract void Finish();

    protected abstract void Write(EventLocation location, ValidationResult result);
}
