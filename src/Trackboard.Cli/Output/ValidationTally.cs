using Trackboard.Contracts.Validation;

namespace Trackboard.Cli.Output;

/// <summary>Counts events and violations by code; its size depends on the codes seen, not on the input.</summary>
internal sealed class ValidationTally
{
    public long Events { get; private set; }

    public long Invalid { get; private set; }

    public long Valid => Events - Invalid;

    /// <summary>Violations (errors and warnings) by code, in ordinal code order.</summary>
    public SortedDictionary<string, long> ByCode { get; } = new(StringComparer.Ordinal);

    public void Add(ValidationResult result)
    {
        Events++;
        if (!result.Valid)
        {
            Invalid++;
        }

        foreach (var violation in result.Violations)
        {
            ByCode[violation.Code] = ByCode.GetValueOrDefault(violation.Code) + 1;
        }
    }
}
