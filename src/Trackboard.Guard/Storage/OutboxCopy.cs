namespace Trackboard.Guard.Storage;

/// <summary>What one destination is sent of an event: the forwarded body with that destination's PII treatment.</summary>
internal sealed record OutboxCopy(string Destination, byte[] Body);
