namespace Trackboard.Server.GuardLink;

/// <summary>
/// How many events one Guard validated in one reporting window, per source, contract version and event: the Guard side of the
/// compliance stats and implementation status. Stored as counts (not one row per event) so the database sums them.
/// </summary>
internal sealed class GuardCount
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid PlanId { get; set; }

    /// <summary>The Guard's id for the window (a UUID it generates); unique per plan with the row's keys, so a resent window counts once.</summary>
    public required string WindowId { get; set; }

    /// <summary>The Guard's name for itself (host name by default), for the per-Guard view.</summary>
    public required string GuardId { get; set; }

    public required string Source { get; set; }
    public required string ContractVersion { get; set; }
    public required string EventName { get; set; }
    public long ValidCount { get; set; }
    public long InvalidCount { get; set; }
    public DateTime WindowStart { get; set; }
    public DateTime WindowEnd { get; set; }
    public DateTime StoredAt { get; set; }
}
