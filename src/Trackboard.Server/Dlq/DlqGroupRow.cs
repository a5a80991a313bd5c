namespace Trackboard.Server.Dlq;

/// <summary>A group as aggregated by the database: its fingerprint and signature, how many entries, when first and last seen, how many in the last 24 hours.</summary>
internal sealed record DlqGroupRow(string Fingerprint, string Signature, int Count, DateTime FirstSeen, DateTime LastSeen, int Last24h);
