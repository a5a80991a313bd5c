using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Trackboard.Contracts.Tests.Codegen.Probes;

/// <summary>
/// The JSON the probes print of what a recording client received, and its comparison with <c>expected.json</c>.
/// Numbers keep their kind: integers are printed without a point, doubles always with a point or an exponent,
/// and the comparison checks both kind and value, so an integer enum sent as a string or a double sent as
/// an integer fails. Values of any other runtime type print as <c>{"$unexpected": "type"}</c>.
/// </summary>
internal static class ProbeJson
{
    /// <summary>Prints what a C# recording client received.</summary>
    public static string Write(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    /// <summary>Asserts that two probe outputs are the same JSON, numbers compared by kind and value.</summary>
    public static void AssertSame(string expected, string actual)
    {
        using var expectedDocument = JsonDocument.Parse(expected);
        using var actualDocument = JsonDocument.Parse(actual);
        var difference = Difference(expectedDocument.RootElement, actualDocument.RootElement, "$");
        Assert.True(difference is null, $"{difference}\nexpected: {expected}\nactual:   {actual}");
    }

    private static void Write(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                builder.Append(JsonSerializer.Serialize(text));
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case long integer:
                builder.Append(integer.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                var written = number.ToString("R", CultureInfo.InvariantCulture);
                builder.Append(written.Contains('.', StringComparison.Ordinal) || written.Contains('E', StringComparison.Ordinal) ? written : written + ".0");
                break;
            case IReadOnlyDictionary<string, object?> map:
                builder.Append('{');
                var first = true;
                foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    builder.Append(first ? "" : ",").Append(JsonSerializer.Serialize(key)).Append(':');
                    Write(builder, item);
                    first = false;
                }

                builder.Append('}');
                break;
            case IList list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ",");
                    Write(builder, list[i]);
                }

                builder.Append(']');
                break;
            default:
                builder.Append("{\"$unexpected\":").Append(JsonSerializer.Serialize(value.GetType().FullName)).Append('}');
                break;
        }
    }

    private static string? Difference(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: expected {expected.ValueKind} {expected.GetRawText()}, got {actual.ValueKind} {actual.GetRawText()}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedKeys = expected.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                var actualKeys = actual.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                if (!expectedKeys.SequenceEqual(actualKeys, StringComparer.Ordinal))
                {
                    return $"{path}: expected keys [{string.Join(", ", expectedKeys)}], got [{string.Join(", ", actualKeys)}]";
                }

                return expectedKeys.Select(k => Difference(expected.GetProperty(k), actual.GetProperty(k), path + "." + k)).FirstOrDefault(d => d is not null);
            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    return $"{path}: expected {expected.GetArrayLength()} items, got {actual.GetArrayLength()}";
                }

                return expected.EnumerateArray().Zip(actual.EnumerateArray())
                    .Select((pair, i) => Difference(pair.First, pair.Second, $"{path}[{i}]")).FirstOrDefault(d => d is not null);
            case JsonValueKind.Number:
                var expectedInteger = IsIntegerLiteral(expected.GetRawText());
                var same = expectedInteger == IsIntegerLiteral(actual.GetRawText())
                    && (expectedInteger ? expected.GetInt64() == actual.GetInt64() : expected.GetDouble().Equals(actual.GetDouble()));
                return same ? null : $"{path}: expected {Kind(expected)} {expected.GetRawText()}, got {Kind(actual)} {actual.GetRawText()}";
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}";
            default:
                return null;
        }
    }

    private static bool IsIntegerLiteral(string raw) => raw.IndexOfAny(['.', 'e', 'E']) < 0;

    private static string Kind(JsonElement number) => IsIntegerLiteral(number.GetRawText()) ? "integer" : "double";
}
