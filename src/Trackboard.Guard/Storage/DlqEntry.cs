namespace Trackboard.Guard.Storage;

/// <summary>What goes into the DLQ for one event: the client's original bytes and why.</summary>
internal sealed record DlqEntry(string Kind, string Reasons, string? ViolationsJson, string? ContractVersion, ReadOnlyMemory<byte> OriginalBody, bool Forwarded,
    string? Destination = null);
