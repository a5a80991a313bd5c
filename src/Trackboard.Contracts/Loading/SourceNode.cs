namespace Trackboard.Contracts.Loading;

/// <summary>
/// A parsed JSON value that remembers where it was in the file, for diagnostics. One payload field
/// holds the string, members, items or number, which keeps the node small: a large plan has millions.
/// </summary>
internal sealed class SourceNode
{
    private readonly object? _payload;

    public required SourceKind Kind { get; init; }

    public required int Line { get; init; }

    public required int Column { get; init; }

    public string? Text
    {
        get => _payload as string;
        init => _payload = value;
    }

    public SourceMember[]? Members
    {
        get => _payload as SourceMember[];
        init => _payload = value;
    }

    public SourceNode[]? Items
    {
        get => _payload as SourceNode[];
        init => _payload = value;
    }

    public SourceNumber? NumberValue
    {
        get => _payload as SourceNumber;
        init => _payload = value;
    }

    public double Number => NumberValue?.Value ?? 0;

    public long? Integer => NumberValue?.Integer;

    /// <summary>The raw UTF-8 bytes of a number token, kept for exact re-serialization of examples.</summary>
    public byte[]? RawNumber => NumberValue?.Raw;

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
