namespace Trackboard.Contracts.Lint;

/// <summary>Names of severities and rule levels as written in reports and <c>trackboard.yaml</c>.</summary>
public static class LintLevels
{
    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string Name(LintSeverity severity) => severity switch
    {
        LintSeverity.Error => "error",
        LintSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Reads <c>off</c>, <c>error</c>, <c>warning</c> or <c>info</c> (lower case, as written in <c>trackboard.yaml</c>).</summary>
    public static bool TryParse(string? text, out LintRuleLevel level)
    {
        (var ok, level) = text switch
        {
            "off" => (true, LintRuleLevel.Off),
            "error" => (true, LintRuleLevel.Error),
            "warning" => (true, LintRuleLevel.Warning),
            "info" => (true, LintRuleLevel.Info),
            _ => (false, LintRuleLevel.Off),
        };
        return ok;
    }

    internal static LintSeverity? Severity(LintRuleLevel level) => level switch
    {
        LintRuleLevel.Error => LintSeverity.Error,
        LintRuleLevel.Warning => LintSeverity.Warning,
        LintRuleLevel.Info => LintSeverity.Info,
        _ => null,
    };
}
