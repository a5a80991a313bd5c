namespace Trackboard.Guard.Storage;

/// <summary>An outbox row leased to a forwarder.</summary>
internal sealed record OutboxRow(long Id, string? MessageId, string Source, string? EventName, byte[] Body, long ReceivedAt, int Attempts, string Destination);
