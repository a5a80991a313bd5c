using System.Text.Encodings.Web;
using System.Text.Json;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Tests.Validation;

/// <summary>
/// One violation a conformance case expects. Code, path and severity are always compared; property,
/// expected and actual only when the case file states them (a stated <c>null</c> is compared too).
/// </summary>
internal sealed record ExpectedViolation(
    string Code,
    string Path,
    ViolationSeverity Severity,
    bool PropertyStated,
    string? Property,
    bool ExpectedStated,
    string? Expected,
    bool ActualStated,
    string? Actual)
{
    private static readonly HashSet<string> s_keys = ["code", "path", "severity", "property", "expected", "actual"];
    private static readonly JsonSerializerOptions s_quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ExpectedViolation Read(JsonElement element, string file)
    {
        foreach (var member in element.EnumerateObject())
        {
            if (!s_keys.Contains(member.Name))
            {
                throw new InvalidDataException($"{file}: unknown key '{member.Name}' in an expected violation.");
            }
        }

        var severity = OptionalString(element, "severity", out _) switch
        {
            null or "error" => ViolationSeverity.Error,
            "warning" => ViolationSeverity.Warning,
            var other => throw new InvalidDataException($"{file}: severity must be error or warning, not '{other}'."),
        };
        return new ExpectedViolation(
            RequiredString(element, "code", file),
            RequiredString(element, "path", file),
            severity,
            element.TryGetProperty("property", out _),
            OptionalString(element, "property", out _),
            element.TryGetProperty("expected", out _),
            OptionalString(element, "expected", out _),
            element.TryGetProperty("actual", out _),
            OptionalString(element, "actual", out _));
    }

    /// <summary>This expectation as one line, for readable diffs.</summary>
    public string Describe() => Line(Code, Path, Severity, Property, Expected, Actual);

    /// <summary>An actual violation as one line, showing only the fields this expectation states.</summary>
    public string DescribeLike(Violation actual) =>
        Line(actual.Code, actual.Path, actual.Severity,
            PropertyStated ? actual.Property : null, ExpectedStated ? actual.Expected : null, ActualStated ? actual.Actual : null,
            PropertyStated, ExpectedStated, ActualStated);

    /// <summary>An actual violation as one line with every field but the message.</summary>
    public static string DescribeFully(Violation actual) =>
        Line(actual.Code, actual.Path, actual.Severity, actual.Property, actual.Expected, actual.Actual, true, true, true);

    private string Line(string code, string path, ViolationSeverity severity, string? property, string? expected, string? actual) =>
        Line(code, path, severity, property, expected, actual, PropertyStated, ExpectedStated, ActualStated);

    private static string Line(
        string code, string path, ViolationSeverity severity, string? property, string? expected, string? actual,
        bool withProperty, bool withExpected, bool withActual)
    {
        var text = $"{code} path={Quote(path)} severity={(severity == ViolationSeverity.Error ? "error" : "warning")}";
        if (withProperty)
        {
            text += " property=" + Quote(property);
        }

        if (withExpected)
        {
            text += " expected=" + Quote(expected);
        }

        if (withActual)
        {
            text += " actual=" + Quote(actual);
        }

        return text;
    }

    private static string Quote(string? value) => value is null ? "null" : JsonSerializer.Serialize(value, s_quoting);

    private static string RequiredString(JsonElement element, string key, string file) =>
        OptionalString(element, key, out var present) is { } value && present
            ? value
            : throw new InvalidDataException($"{file}: an expected violation needs a string '{key}'.");

    private static string? OptionalString(JsonElement element, string key, out bool present)
    {
        present = element.TryGetProperty(key, out var value);
        return present && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
