using System.Globalization;
using System.Text;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Diff;

/// <summary>How values appear in <see cref="Change.Before"/>, <see cref="Change.After"/> and messages.</summary>
internal static class ValueText
{
    public static string Json(object? value) => Encoding.UTF8.GetString(CanonicalJsonWriter.ToBytes(value));

    public static string Type(PropertyType type) => TypeRules.Name(type);

    public static string? Number(double? value) => value is { } v ? NumberRules.Format(v) : null;

    public static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string Status(EventStatus status) => status switch
    {
        EventStatus.Deprecated => "deprecated",
        EventStatus.Planned => "planned",
        _ => "active",
    };

    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>A value in a message: quoted text, or <c>none</c>.</summary>
    public static string Quoted(string? value) => value is null ? "none" : "'" + value + "'";

    /// <summary>A property path in a message: quoted, unless it already quotes a key (<c>['utm.source']</c>).</summary>
    public static string Name(string path) => path.Contains('\'', StringComparison.Ordinal) ? path : "'" + path + "'";

    /// <summary>A label such as <c>Property 'x'</c> in the middle of a sentence.</summary>
    public static string Lower(string label) => char.ToLowerInvariant(label[0]) + label[1..];

    /// <summary>The sub-properties of an object schema as text: <c>{a, b}</c>.</summary>
    public static string Names(IReadOnlyList<PropertyDefinition> properties) =>
        "{" + string.Join(", ", properties.Select(p => p.Name).Order(StringComparer.Ordinal)) + "}";
}
