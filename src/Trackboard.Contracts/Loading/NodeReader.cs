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
        IsPlainKey(key) ? $"{path}.{key}" : $"{path}['{key.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string path, int index) => $"{path}[{index}]";

    /// <summary>Returns the members of an object, warning about keys not in <paramref name="known"/>.</summary>
    public Dictionary<string, SourceNode>? Object(SourceNode node, string path, IReadOnlySet<string> known, string what, string unknownCode = ContractErrorCodes.UnknownKey, bool unknownIsError = false)
    {
        if (node.Kind != SourceKind.Object)
        {
            Error(ContractErrorCodes.InvalidField, path, node, $"{what} must be a JSON object, not {node.KindName}.");
            return null;
        }

        var members = new Dictionary<string, SourceNode>(StringComparer.Ordinal);
        foreach (var member in node.Members!)
        {
            var memberPath = Child(path, member.Key);
            if (!known.Contains(member.Key))
            {
                var message = $"Unknown key '{member.Key}' in {what}; known keys: {string.Join(", ", known.Order(StringComparer.Ordinal))}.";
                Add(unknownIsError
                    ? ContractDiagnostic.Error(unknownCode, memberPath, member.Line, member.Column, message)
                    : ContractDiagnostic.Warning(unknownCode, memberPath, member.Line, member.Column, message + " It is ignored."));
                continue;
            }

            if (!members.TryAdd(member.Key, member.Value))
            {
                Add(ContractDiagnostic.Error(ContractErrorCodes.InvalidField, memberPath, member.Line, member.Column,
                    $"Key '{member.Key}' appears twice in {what}; keep one."));
            }
        }

        return members;
    }

    public string? OptionalString(Dictionary<string, SourceNode> members, string key, string path, string code = ContractErrorCodes.InvalidField)
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

    public long? OptionalInteger(Dictionary<string, SourceNode> members, string key, string path, string code = ContractErrorCodes.InvalidField, long minimum = long.MinValue)
    {
        if (!members.TryGetValue(key, out var node) || node.Kind == SourceKind.Null)
        {
            return null;
        }

        if (node.Kind != SourceKind.Number || !Model.NumberRules.TryGetExactInteger(node.Number, out var value))
        {
            Error(code, Child(path, key), node, $"'{key}' must be an integer, not {Describe(node)}.");
            return null;
        }

        if (value < minimum)
        {
            Error(code, Child(path, key), node, $"'{key}' must be at least {minimum}, not {value}.");
            return null;
        }

        return node.Integer ?? value;
    }

    public bool? OptionalBoolean(Dictionary<string, SourceNode> members, string key, string path)
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
    public List<(string Value, SourceNode Node, string Path)>? OptionalStringArray(Dictionary<string, SourceNode> members, string key, string path, string code = ContractErrorCodes.InvalidField)
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
        for (var i = 0; i < node.Items!.Count; i++)
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
