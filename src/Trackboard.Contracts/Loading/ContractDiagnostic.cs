namespace Trackboard.Contracts.Loading;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The contract cannot be used.</summary>
    Error,

    /// <summary>The contract loads; something in it is suspicious or ignored.</summary>
    Warning,
}

/// <summary>A problem found while loading a contract, with a stable code and where it is.</summary>
/// <param name="Code">A stable code from <see cref="ContractErrorCodes"/>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Path">JSON path of the offending value, such as <c>$.events[0].properties[1].type</c>.</param>
/// <param name="Line">1-based line in the file (0 when the diagnostic has no single place).</param>
/// <param name="Column">1-based column in code points (0 when the diagnostic has no single place).</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record ContractDiagnostic(string Code, DiagnosticSeverity Severity, string Path, int Line, int Column, string Message)
{
    internal static ContractDiagnostic Error(string code, string path, int line, int column, string message) =>
        new(code, DiagnosticSeverity.Error, path, line, column, message);

    internal static ContractDiagnostic Warning(string code, string path, int line, int column, string message) =>
        new(code, DiagnosticSeverity.Warning, path, line, column, message);

    /// <inheritdoc />
    public override string ToString() =>
        $"{(Severity == DiagnosticSeverity.Error ? "error" : "warning")} {Code} at {Path} ({Line}:{Column}): {Message}";
}
