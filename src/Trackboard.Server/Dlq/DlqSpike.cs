namespace Trackboard.Server.Dlq;

/// <summary>A detected jump in a group's rate; one per group and cooldown bucket, so several Server instances report it once.</summary>
internal sealed class DlqSpike
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid PlanId { get; set; }
    public required string Fingerprint { get; set; }

    /// <summary>Detection time divided by the cooldown: the unique index on it makes the insert the lock.</summary>
    public long Bucket { get; set; }
    public int WindowCount { get; set; }
    public double BaselinePerWindow { get; set; }
    public DateTime DetectedAt { get; set; }
}
