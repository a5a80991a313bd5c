namespace Trackboard.Server.Data;

/// <summary>
/// One reviewer's approval of a merge request, for the branch revision they reviewed: a later change to the
/// branch leaves the approval on record but no longer counts it towards the plan's required approvals.
/// </summary>
internal sealed class MergeRequestApproval
{
    public Guid MergeRequestId { get; set; }
    public Guid UserId { get; set; }
    public Guid OrgId { get; set; }
    public long BranchRevision { get; set; }
    public DateTime CreatedAt { get; set; }
}
