namespace Trackboard.Contracts.Loading;

/// <summary>The JSON kind of a <see cref="SourceNode"/>.</summary>
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
