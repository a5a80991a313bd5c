namespace Trackboard.Server.Branches;

internal sealed record BranchRequest(string? BranchName, long? DraftRevision);

internal sealed record MergeRequestCreate(string? Title, string? Description);

internal sealed record MergeRequestMerge(long? DraftRevision, Dictionary<string, string>? Resolutions);
