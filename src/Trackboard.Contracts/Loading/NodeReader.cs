namespace Trackboard.Contracts.Loading;

/// <summary>Typed access to <see cref="SourceNode"/> members that records a diagnostic for every mismatch.</summary>
internal sealed class NodeReader(List<ContractDiagnostic> diagnostics)
{
    public List<ContractDiagnostic> Diagnostics { get; } = diagnostics;

    public int ErrorCount { get; private set; }

    public void Add(ContractDiagnostic diagnostic)
    {
        Diagnostics.Add(diagnostic);
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }
    }

    public void Error(string code, string path, SourceNode node, string message) =>
        Add(ContractDiagnostic.Error(code, path, node.Line, node.Column, message));

    public void Warning(string code, string path, SourceNode node, string message) =>
        Add(ContractDiagnostic.Warning(code, path, node.Line, node.Column, message));

    public static string Child(string path, string key) =>
        IsPlainKey(key) ? $"{path}.{key}" : $"{path}['{key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string path, int index) => $"{path}[{index}]";

    /// <summary>
    /// Returns the members of an object, warning (<c>unknown_key</c>) about keys not in <paramref name="known"/>.
    /// With <paramref name="strictCode"/> (guidance), unknown keys are errors, and that code is also used
    /// when the node is not an object or repeats a key; otherwise those are <c>invalid_field</c>.
    /// </summary>
    public MemberMap? Object(SourceNode node, string path, IReadOnlySet<string> known, string what, string? strictCode = null)
    {
        var invalidCode = strictCode ?? ContractErrorCodes.InvalidField;
        if (node.Kind != SourceKind.Object)
        {
            Error(invalidCode, path, node, $"{what} must be a JSON object, not {node.KindName}.");
            return null;
        }

        var members = node.Members!;
        for (var i = 0; i < members.Length; i++)
        {
            var member = members[i];
            if (!known.Contains(member.Key))
            {
                var message = $"Unknown key '{member.Key}' in {what}; known keys: {string.Join(", ", known.Order(StringComparer.Ordinal))}.";
                Add(strictCode is not null
                    ? ContractDiagnostic.Error(strictCode, Child(path, member.Key), member.Line, member.Column, message)
                    : ContractDiagnostic.Warning(ContractErrorCodes.UnknownKey, Child(path, member.Key), member.Line, member.Column, message + " It is ignored."));
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(members[j].Key, member.Key, StringComparison.Ordinal))
                {
                    Add(ContractDiagnostic.Error(invalidCode, Child(path, member.Key), member.Line, member.Column,
                        $"Key '{member.Key}' appears twice in {what}; keep one."));
                    break;
                }
            }
        }

        return new MemberMap(members);
    }

    public string? OptionalString(MemberMap members, string key, string path, string code = ContractErrorCodes.InvalidField)
    {
        if (!members.TryGetValue(key, out var node) || node.Kind == SourceKind.Null)
        {
            return null;
        }

        if (node.Kind != SourceKind.String)
        {
            Error(code, Child(path, key), node, $"'{key}' must be a string, not {node.KindName}.");
            return null;
        }

        return node.Text;
    }

    public long? OptionalInteger(MemberMap members, string key, string path, string code = ContractErrorCodes.InvalidField, long minimum = long.MinValue)
    {
        if (!members.TryGetValue(key, out var node) || node.Kind == SourceKind.Null)
        {
            return null;
        }

        if (ExactInteger(node) is not { } value)
        {
            Error(code, Child(path, key), node, $"'{key}' must be an integer, not {Describe(node)}.");
            return null;
        }

        if (value < minimum)
        {
            Error(code, Child(path, key), node, $"'{key}' must be at least {minimum}, not {value}.");
            return null;
        }

        return value;
    }

    /// <summary>
    /// The exact value of an integral number node: the literal's own 64-bit value when it has one (so
    /// 9223372036854775807 and 2^53 + 1 survive), else an integral double such as <c>1.0</c> or <c>1e2</c>.
    /// </summary>
    public static long? ExactInteger(SourceNode node)
    {
        if (node.Kind != SourceKind.Number)
        {
            return null;
        }

        if (node.Integer is { } exact)
        {
            return exact;
        }

        return Model.NumberRules.TryGetExactInteger(node.Number, out var value) ? value : null;
    }

    public bool? OptionalBoolean(MemberMap members, string key, string path)
    {
        if (!members.TryGetValue(key, out var node) || node.Kind == SourceKind.Null)
        {
            return null;
        }

        if (node.Kind is not (SourceKind.True or SourceKind.False))
        {
            Error(ContractErrorCodes.InvalidField, Child(path, key), node, $"'{key}' must be true or false, not {Describe(node)}.");
            return null;
        }

        return node.Kind == SourceKind.True;
    }

    /// <summary>Reads an array of strings; null when absent or malformed.</summary>
    public List<(string Value, SourceNode Node, string Path)>? OptionalStringArray(MemberMap members, string key, string path, string code = ContractErrorCodes.InvalidField)
    {
        if (!members.TryGetValue(key, out var node) || node.Kind == SourceKind.Null)
        {
            return null;
        }

        var arrayPath = Child(path, key);
        if (node.Kind != SourceKind.Array)
        {
            Error(code, arrayPath, node, $"'{key}' must be an array of strings, not {node.KindName}.");
            return null;
        }

        var values = new List<(string, SourceNode, string)>();
        for (var i = 0; i < node.Items!.Length; i++)
        {
            var item = node.Items[i];
            if (item.Kind != SourceKind.String)
            {
                Error(code, Index(arrayPath, i), item, $"'{key}' items must be strings, not {item.KindName}.");
                continue;
            }

            values.Add((item.Text!, item, Index(arrayPath, i)));
        }

        return values;
    }

    /// <summary>The first member <paramref name="key"/> of an object node when it is a non-empty string.</summary>
    public static SourceNode? NameNode(SourceNode node, string key)
    {
        if (node.Kind != SourceKind.Object)
        {
            return null;
        }

        foreach (var member in node.Members!)
        {
            if (member.Key == key)
            {
                return member.Value is { Kind: SourceKind.String, Text.Length: > 0 } ? member.Value : null;
            }
        }

        return null;
    }

    public static string Describe(SourceNode node) => node.Kind switch
    {
        SourceKind.String => $"the string \"{Truncate(node.Text!)}\"",
        SourceKind.Number => $"the number {System.Text.Encoding.UTF8.GetString(node.RawNumber!)}",
        _ => node.KindName,
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private static bool IsPlainKey(string key)
    {
        if (key.Length == 0 || char.IsAsciiDigit(key[0]))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
