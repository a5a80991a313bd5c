namespace Trackboard.Server.Dlq;

/// <summary>Where one break (the group without its client) was seen: counts per source, app version, library and contract version.</summary>
internal sealed record DlqSpread(
    IReadOnlyList<(string? Value, int Count)> Sources,
    IReadOnlyList<(string? Value, int Count)> AppVersions,
    IReadOnlyList<(string? Value, int Count)> Libraries,
    IReadOnlyList<(string? Value, int Count)> ContractVersions);
