namespace Trackboard.Server.Data;

internal sealed class Plan
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public long DraftRevision { get; set; }
    public DateTime? ArchivedAt { get; set; }

    /// <summary>For a branch: the main plan it was copied from; null for a main plan.</summary>
    public Guid? ParentPlanId { get; set; }
    public string? BranchName { get; set; }

    /// <summary>For a branch: main's revision when the branch was made, and main's draft at that revision (the merge base).</summary>
    public long? BaseRevision { get; set; }
    public string? BaseDocument { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Approvals a merge request into this (main) plan needs before it merges; 0 means none.</summary>
    public int RequiredApprovals { get; set; }
}
