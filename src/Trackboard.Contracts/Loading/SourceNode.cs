namespace Trackboard.Contracts.Loading;

internal enum SourceKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A parsed JSON value that remembers where it was in the file, for diagnostics.</summary>
internal sealed class SourceNode
{
    public required SourceKind Kind { get; init; }

    public required int Line { get; init; }

    public required int Column { get; init; }

    public string? Text { get; init; }

    public double Number { get; init; }

    public long? Integer { get; init; }

    public List<SourceMember>? Members { get; init; }

    public List<SourceNode>? Items { get; init; }

    /// <summary>The raw UTF-8 bytes of a number token, kept for exact re-serialization of examples.</summary>
    public byte[]? RawNumber { get; init; }

    public bool IsScalar => Kind is not (SourceKind.Object or SourceKind.Array);

    public string KindName => Kind switch
    {
        SourceKind.Object => "object",
        SourceKind.Array => "array",
        SourceKind.String => "string",
        SourceKind.Number => "number",
        SourceKind.True or SourceKind.False => "boolean",
        _ => "null",
    };
}

internal sealed record SourceMember(string Key, SourceNode Value, int Line, int Column);
