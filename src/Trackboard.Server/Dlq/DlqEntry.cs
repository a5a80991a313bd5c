namespace Trackboard.Server.Dlq;

/// <summary>
/// One invalid event in a plan's dead-letter queue. Everything outside <see cref="Sample"/> and <see cref="Violations"/>
/// is free of raw values and may be shown to any member; those two are redacted and shown only on an audited reveal.
/// </summary>
internal sealed class DlqEntry
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid PlanId { get; set; }

    /// <summary><c>validate_api</c> or <c>guard</c>.</summary>
    public required string Origin { get; set; }

    /// <summary><c>invalid</c> (validate API) or Guard's <c>blocked</c>, <c>warned</c>, <c>delivery_failed</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>SHA-256 of what identifies the event at its origin; unique per plan, so an import can be repeated.</summary>
    public required string DedupeKey { get; set; }

    /// <summary>SHA-256 of <see cref="Signature"/>: the group this entry belongs to.</summary>
    public required string Fingerprint { get; set; }

    /// <summary>SHA-256 of the signature without source, app version and library: the same break seen from several clients.</summary>
    public required string BreakKey { get; set; }

    /// <summary>Canonical JSON of the fingerprint's inputs (event, version, violations by code/path/expected/actual kind, source, app version, library).</summary>
    public required string Signature { get; set; }

    public required string EventName { get; set; }
    public string? ContractVersion { get; set; }
    public string? Source { get; set; }
    public string? AppVersion { get; set; }
    public string? Library { get; set; }

    /// <summary>The distinct violation codes, space-separated.</summary>
    public required string Codes { get; set; }

    /// <summary>The event as redacted JSON, or null when the original body was not JSON.</summary>
    public string? Sample { get; set; }

    /// <summary>The violations as a redacted JSON array, with their actual values.</summary>
    public required string Violations { get; set; }

    /// <summary>When the event reached the validate API or the Guard.</summary>
    public DateTime ReceivedAt { get; set; }
    public DateTime StoredAt { get; set; }
}
