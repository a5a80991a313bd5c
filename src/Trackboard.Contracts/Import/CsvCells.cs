using System.Globalization;
using System.Text.Json;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Import;

/// <summary>Parses the cells of the CSV template (docs/import-csv.md); each method adds a message when the cell is bad.</summary>
internal static class CsvCells
{
    public const string Types = "string, integer, float (or number), boolean, array, object";

    public static PropertyType? Type(string cell, string column, List<string> errors)
    {
        PropertyType? type = cell.Trim().ToLowerInvariant() switch
        {
            "string" => PropertyType.String,
            "integer" or "int" => PropertyType.Integer,
            "float" or "number" or "double" => PropertyType.Float,
            "boolean" or "bool" => PropertyType.Boolean,
            "array" => PropertyType.Array,
            "object" => PropertyType.Object,
            _ => null,
        };
        if (type is null)
        {
            errors.Add(cell.Trim().Length == 0
                ? $"{column} is empty; use one of {Types}."
                : $"unknown type '{cell.Trim()}' in {column}; use one of {Types}.");
        }

        return type;
    }

    public static bool Boolean(string cell, string column, List<string> errors)
    {
        switch (cell.Trim().ToLowerInvariant())
        {
            case "" or "false" or "no" or "n" or "0":
                return false;
            case "true" or "yes" or "y" or "1":
                return true;
            default:
                errors.Add($"{column} '{cell.Trim()}' is not a yes/no value; use true or false.");
                return false;
        }
    }

    public static double? Number(string cell, string column, List<string> errors)
    {
        var text = cell.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        errors.Add($"{column} '{text}' is not a number; write it like 0, 10 or 2.5.");
        return null;
    }

    public static long? Count(string cell, string column, List<string> errors)
    {
        var text = cell.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add($"{column} '{text}' is not a whole number >= 0.");
        return null;
    }

    /// <summary>
    /// Enum values: <c>a|b|c</c> (each read as the property's type) or a JSON array such as <c>["a", 1]</c>.
    /// </summary>
    public static List<ScalarValue>? Enum(string cell, PropertyType type, List<string> errors)
    {
        var text = cell.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (type is PropertyType.Array or PropertyType.Object)
        {
            errors.Add($"enum_values apply to string, integer, float and boolean properties, not {type.ToString().ToLowerInvariant()}.");
            return null;
        }

        return text.StartsWith('[') ? JsonEnum(text, errors) : PipeEnum(text, type, errors);
    }

    private static List<ScalarValue>? JsonEnum(string text, List<string> errors)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var values = new List<ScalarValue>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                ScalarValue? value = element.ValueKind switch
                {
                    JsonValueKind.String => ScalarValue.FromString(element.GetString()!),
                    JsonValueKind.Number => element.TryGetInt64(out var integer) ? ScalarValue.FromInteger(integer) : ScalarValue.FromDouble(element.GetDouble()),
                    JsonValueKind.True => ScalarValue.FromBoolean(true),
                    JsonValueKind.False => ScalarValue.FromBoolean(false),
                    JsonValueKind.Null => ScalarValue.Null,
                    _ => null,
                };
                if (value is null)
                {
                    errors.Add($"enum_values {text} holds {element.ValueKind.ToString().ToLowerInvariant()}; enum values are strings, numbers, booleans or null.");
                    return null;
                }

                values.Add(value);
            }

            return values;
        }
        catch (Exception failure) when (failure is JsonException or InvalidOperationException)
        {
            errors.Add($"enum_values {text} is not a JSON array; write [\"a\", \"b\"] or a|b.");
            return null;
        }
    }

    private static List<ScalarValue>? PipeEnum(string text, PropertyType type, List<string> errors)
    {
        var values = new List<ScalarValue>();
        foreach (var raw in text.Split('|'))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                errors.Add($"enum_values '{text}' has an empty value; separate values with a single | (a|b|c) and no | at either end.");
                return null;
            }

            ScalarValue? value = type switch
            {
                PropertyType.Integer => long.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? ScalarValue.FromInteger(i) : null,
                PropertyType.Float => double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? ScalarValue.FromDouble(d) : null,
                PropertyType.Boolean => part switch { "true" => ScalarValue.FromBoolean(true), "false" => ScalarValue.FromBoolean(false), _ => null },
                _ => ScalarValue.FromString(part),
            };
            if (value is null)
            {
                errors.Add($"enum value '{part}' is not a {type.ToString().ToLowerInvariant()}; every value must fit the property type.");
                return null;
            }

            values.Add(value);
        }

        return values;
    }
}
