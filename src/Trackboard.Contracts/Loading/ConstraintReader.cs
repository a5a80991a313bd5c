using System.Globalization;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Loading;

/// <summary>Reads one constraints object, checking that every constraint fits the property type.</summary>
internal sealed class ConstraintReader(NodeReader reader, MemberMap members, string path, PropertyType type)
{
    public IReadOnlyList<ScalarValue>? ReadEnum()
    {
        var hasNew = members.TryGetValue("enum_values", out var node) && node.Kind != SourceKind.Null;
        var key = "enum_values";
        if (members.TryGetValue("enum", out var legacy) && legacy.Kind != SourceKind.Null)
        {
            if (hasNew)
            {
                reader.Error(ContractErrorCodes.InvalidConstraint, NodeReader.Child(path, "enum"), legacy,
                    "Both 'enum' and 'enum_values' are set; keep 'enum_values' ('enum' is the legacy name).");
                return null;
            }

            node = legacy;
            key = "enum";
        }
        else if (!hasNew)
        {
            return null;
        }

        var enumPath = NodeReader.Child(path, key);
        if (node!.Kind != SourceKind.Array)
        {
            reader.Error(ContractErrorCodes.InvalidConstraint, enumPath, node, $"'{key}' must be an array of JSON scalars, not {node.KindName}.");
            return null;
        }

        if (type is PropertyType.Array or PropertyType.Object)
        {
            reader.Error(ContractErrorCodes.InvalidConstraint, enumPath, node,
                $"An enum applies to string, integer, float and boolean properties; this property is {TypeRules.Name(type)}.");
            return null;
        }

        var values = new List<ScalarValue>();
        for (var i = 0; i < node.Items!.Length; i++)
        {
            var item = node.Items[i];
            ScalarValue? value = item.Kind switch
            {
                SourceKind.String => ScalarValue.FromString(item.Text!),
                SourceKind.Number => item.Integer is { } integer ? ScalarValue.FromInteger(integer) : ScalarValue.FromDouble(item.Number),
                SourceKind.True => ScalarValue.FromBoolean(true),
                SourceKind.False => ScalarValue.FromBoolean(false),
                SourceKind.Null => ScalarValue.Null,
                _ => null,
            };
            if (value is null)
            {
                reader.Error(ContractErrorCodes.InvalidConstraint, NodeReader.Index(enumPath, i), item, $"Enum values must be JSON scalars, not {item.KindName}.");
                continue;
            }

            if (!TypeRules.CanMatch(type, value))
            {
                reader.Warning(ContractErrorCodes.EnumValueKindMismatch, NodeReader.Index(enumPath, i), item,
                    $"Enum value {NodeReader.Describe(item)} can never match a {TypeRules.Name(type)} property; no payload value will equal it.");
            }

            values.Add(value);
        }

        return ScalarValueComparer.Distinct(values);
    }

    public double? ReadNumber(string key)
    {
        if (!members.TryGetValue(key, out var node) || node.Kind == SourceKind.Null)
        {
            return null;
        }

        if (node.Kind != SourceKind.Number)
        {
            reader.Error(ContractErrorCodes.InvalidConstraint, NodeReader.Child(path, key), node, $"'{key}' must be a number, not {NodeReader.Describe(node)}.");
            return null;
        }

        if (type is not (PropertyType.Integer or PropertyType.Float))
        {
            reader.Error(ContractErrorCodes.InvalidConstraint, NodeReader.Child(path, key), node,
                $"'{key}' applies to integer and float properties; this property is {TypeRules.Name(type)}.");
            return null;
        }

        return node.Number;
    }

    public long? ReadCount(string key, PropertyType expected)
    {
        if (!members.TryGetValue(key, out var node) || node.Kind == SourceKind.Null)
        {
            return null;
        }

        if (NodeReader.ExactInteger(node) is not { } count || count < 0)
        {
            reader.Error(ContractErrorCodes.InvalidConstraint, NodeReader.Child(path, key), node, $"'{key}' must be a non-negative integer, not {NodeReader.Describe(node)}.");
            return null;
        }

        if (type != expected)
        {
            reader.Error(ContractErrorCodes.InvalidConstraint, NodeReader.Child(path, key), node,
                $"'{key}' applies to {TypeRules.Name(expected)} properties; this property is {TypeRules.Name(type)}.");
            return null;
        }

        return count;
    }

    public string? ReadPattern()
    {
        var pattern = ReadString("pattern");
        if (pattern is null)
        {
            return null;
        }

        var node = members["pattern"];
        if (!PatternRules.TryCompile(pattern, out var error))
        {
            reader.Error(ContractErrorCodes.InvalidConstraint, NodeReader.Child(path, "pattern"), node,
                $"'pattern' is not a valid regular expression: {error}");
            return null;
        }

        return pattern;
    }

    public string? ReadFormat()
    {
        var format = ReadString("format");
        if (format is null)
        {
            return null;
        }

        if (!StringFormats.All.Contains(format))
        {
            reader.Error(ContractErrorCodes.InvalidConstraint, NodeReader.Child(path, "format"), members["format"],
                $"Unknown format '{format}'; use one of {string.Join(", ", StringFormats.All)}.");
            return null;
        }

        return format;
    }

    public void CheckOrder(Constraints constraints)
    {
        if (constraints is { Min: { } min, Max: { } max } && min > max)
        {
            ReportOrder("min", "max", NumberRules.Format(min), NumberRules.Format(max));
        }

        CheckCounts("min_length", "max_length", constraints.MinLength, constraints.MaxLength);
        CheckCounts("min_items", "max_items", constraints.MinItems, constraints.MaxItems);
    }

    private void CheckCounts(string lowKey, string highKey, long? low, long? high)
    {
        if (low is { } l && high is { } h && l > h)
        {
            ReportOrder(lowKey, highKey, l.ToString(CultureInfo.InvariantCulture), h.ToString(CultureInfo.InvariantCulture));
        }
    }

    private void ReportOrder(string lowKey, string highKey, string low, string high) =>
        reader.Error(ContractErrorCodes.InvalidConstraint, NodeReader.Child(path, lowKey), members[lowKey],
            $"'{lowKey}' ({low}) is greater than '{highKey}' ({high}); no value can pass.");

    private string? ReadString(string key)
    {
        if (!members.TryGetValue(key, out var node) || node.Kind == SourceKind.Null)
        {
            return null;
        }

        if (node.Kind != SourceKind.String)
        {
            reader.Error(ContractErrorCodes.InvalidConstraint, NodeReader.Child(path, key), node, $"'{key}' must be a string, not {node.KindName}.");
            return null;
        }

        if (type != PropertyType.String)
        {
            reader.Error(ContractErrorCodes.InvalidConstraint, NodeReader.Child(path, key), node,
                $"'{key}' applies to string properties; this property is {TypeRules.Name(type)}.");
            return null;
        }

        return node.Text;
    }
}
