using System.Globalization;
using Trackboard.Contracts.Validation;

namespace Trackboard.Cli.Output;

/// <summary>The human report: each event with violations, then a summary by code.</summary>
internal sealed class TextValidationReport(TextWriter output, string source) : ValidationReport(source)
{
    public override void Finish()
    {
        var tally = Tally;
        if (tally.Events > 0 && tally.Invalid == 0 && tally.ByCode.Count == 0 && tally.Events == 1)
        {
            output.WriteLine($"{Source}: valid.");
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Source}: {tally.Events} event(s), {tally.Valid} valid, {tally.Invalid} invalid."));
        if (tally.ByCode.Count == 0)
        {
            return;
        }

        output.WriteLine("By code:");
        var width = tally.ByCode.Keys.Max(k => k.Length);
        foreach (var (code, count) in tally.ByCode)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {code.PadRight(width)}  {count}"));
        }
    }

    protected override void Write(EventLocation location, ValidationResult result)
    {
        var name = result.Violations[0].Event;
        var where = location.Line is null && location.Index is null ? Source : location.ToString();
        var verdict = result.Valid ? "valid with warnings" : "invalid";
        output.WriteLine(name.Length > 0 ? $"{where}: {Quote(name)} is {verdict}" : $"{where}: {verdict}");
        foreach (var violation in result.Violations)
        {
            var severity = violation.Severity == ViolationSeverity.Warning ? "warning " : "";
            var at = violation.Path.Length > 0 ? " at " + violation.Path : "";
            output.WriteLine($"  {severity}{violation.Code}{at}: {violation.Message}");
        }
    }

    private static string Quote(string name) => "'" + name + "'";
}
