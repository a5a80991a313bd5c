namespace Trackboard.Contracts.Loading;

/// <summary>An object member with the position of its key.</summary>
internal readonly record struct SourceMember(string Key, SourceNode Value, int Line, int Column);
