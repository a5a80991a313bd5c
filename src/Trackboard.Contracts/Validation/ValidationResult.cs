namespace Trackboard.Contracts.Validation;

/// <summary>The verdict on one event.</summary>
public sealed record ValidationResult
{
    /// <summary>A valid event with nothing to report (shared, allocation-free).</summary>
    public static ValidationResult Ok { get; } = new([]);

    /// <summary>Creates a result; valid when no violation has error severity.</summary>
    public ValidationResult(IReadOnlyList<Violation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        Violations = violations;
        Valid = !violations.Any(v => v.Severity == ViolationSeverity.Error);
    }

    /// <summary>True when no violation has error severity.</summary>
    public bool Valid { get; }

    /// <summary>Every violation, in rule order (DESIGN §3).</summary>
    public IReadOnlyList<Violation> Violations { get; }
}
