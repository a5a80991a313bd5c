namespace Trackboard.Guard.Replay;

/// <summary>A DLQ row as stored.</summary>
internal sealed record DlqRow(
    long Id, string? MessageId, string Source, string CallType, string? EventName, string Kind, string Reasons, string? ViolationsJson,
    string? ContractVersion, byte[] Body, long ReceivedAt, bool Forwarded, long? ReplayedAt, string? Destination = null);
