namespace Trackboard.Contracts.Lint;

/// <summary>How serious a lint finding is.</summary>
public enum LintSeverity
{
    /// <summary>Fails lint.</summary>
    Error,

    /// <summary>Fails lint only in strict mode.</summary>
    Warning,

    /// <summary>Never fails lint.</summary>
    Info,
}
