namespace Trackboard.Server.Dlq;

/// <summary>What a fingerprint is made of: the event, the contract version, the breaks and the client that sent it.</summary>
internal sealed record DlqFacts(string EventName, string? ContractVersion, string? Source, string? AppVersion, string? Library, IReadOnlyList<DlqBreak> Breaks);
