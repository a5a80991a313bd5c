using System.Globalization;
using System.Text;
using Trackboard.Contracts.Canonical;

namespace Trackboard.Contracts.Validation;

/// <summary>
/// Collects violations with identical texts for both walkers. The list is created on the first
/// violation, so a valid event allocates nothing.
/// </summary>
internal struct ViolationSink(string eventName, PathStack path)
{
    private List<Violation>? _violations;

    public readonly PathStack Path => path;

    public readonly int Count => _violations?.Count ?? 0;

    public readonly bool HasErrors => _violations is not null && _violations.Exists(v => v.Severity == ViolationSeverity.Error);

    public readonly ValidationResult ToResult() => _violations is null ? ValidationResult.Ok : new ValidationResult(_violations);

    public void Add(Violation violation) => (_violations ??= []).Add(violation);

    /// <summary>Inserts at an earlier position (required checks and item counts come before what was found inside).</summary>
    public void Insert(int index, Violation violation) => (_violations ??= []).Insert(index, violation);

    /// <summary>Moves the violations added since <paramref name="from"/> to position <paramref name="to"/>.</summary>
    public readonly void MoveTail(int from, int to)
    {
        if (_violations is null || from == _violations.Count || from == to)
        {
            return;
        }

        var tail = _violations.GetRange(from, _violations.Count - from);
        _violations.RemoveRange(from, tail.Count);
        _violations.InsertRange(to, tail);
    }

    public readonly Violation MissingRequired(PropertySchema property, bool isNull)
    {
        path.PushName(property.Name);
        var violation = Create(ViolationCodes.MissingRequiredProperty, property.TypeName, isNull ? "null" : "missing",
            p => isNull ? $"Required property '{p}' is null; send a {property.TypeName}." : $"Required property '{p}' is missing; send a {property.TypeName}.");
        path.Pop();
        return violation;
    }

    public void UnknownProperty(string kind) =>
        Add(Create(ViolationCodes.UnknownProperty, null, kind, p => $"Property '{p}' is not in the contract; remove it or add it to the plan."));

    public void TypeMismatch(PropertySchema property, string kind) =>
        Add(Create(ViolationCodes.TypeMismatch, property.TypeName, kind, p => $"Property '{p}' must be {Article(property.TypeName)} {property.TypeName}, not {Article(kind)} {kind}."));

    public void Enum(PropertySchema property, string actualJson) =>
        Add(Create(ViolationCodes.EnumViolation, property.EnumExpected, actualJson, p => $"Property '{p}' is {Shorten(actualJson)}; allowed values: {property.EnumExpected}."));

    public void Bound(string code, string expected, string actualText, string what)
    {
        Add(Create(code, expected, actualText, p => $"Property '{p}' {what} {actualText}; it must be {expected}."));
    }

    public void Counted(string code, string bound, long limit, long actual, string what)
    {
        var expected = $"{bound} {limit.ToString(CultureInfo.InvariantCulture)}";
        var actualText = actual.ToString(CultureInfo.InvariantCulture);
        Add(Create(code, expected, actualText, p => $"Property '{p}' has {actualText} {what}; it must have {expected}."));
    }

    public void Pattern(string code, string pattern, string value) =>
        Add(Create(code, pattern, JsonString(value), code == ViolationCodes.PatternTimeout
            ? p => $"Property '{p}' could not be matched against pattern {pattern} in time; the value is rejected."
            : p => $"Property '{p}' does not match pattern {pattern}."));

    public void Format(string format, string value) =>
        Add(Create(ViolationCodes.FormatViolation, format, JsonString(value), p => $"Property '{p}' is not a valid {format}."));

    public static string JsonString(string value) => Encoding.UTF8.GetString(CanonicalJsonWriter.ToBytes(value));

    private readonly Violation Create(string code, string? expected, string? actual, Func<string, string> message)
    {
        var property = path.PropertyPath();
        return new Violation(code, path.FullPath(), eventName, property, expected, actual, message(property));
    }

    private static string Article(string word) => word[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…");
}
