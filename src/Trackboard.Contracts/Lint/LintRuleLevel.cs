namespace Trackboard.Contracts.Lint;

/// <summary>What a configuration sets a rule to: off, or a severity replacing its default.</summary>
public enum LintRuleLevel
{
    /// <summary>The rule does not run.</summary>
    Off,

    /// <summary>Its findings are errors.</summary>
    Error,

    /// <summary>Its findings are warnings.</summary>
    Warning,

    /// <summary>Its findings are informational.</summary>
    Info,
}
