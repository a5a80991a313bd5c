namespace Trackboard.Server.Data;

/// <summary>A review comment on an event (<see cref="TargetType"/> <c>event</c>) or a merge request (<c>merge_request</c>).</summary>
internal sealed class Comment
{
    public const string OnEvent = "event";
    public const string OnMergeRequest = "merge_request";

    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public required string TargetType { get; set; }
    public Guid TargetId { get; set; }
    public Guid AuthorId { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }
}
