namespace Trackboard.Server.Branches;

internal sealed record CommentCreate(string? Body);

internal sealed record ReviewSettings(int? RequiredApprovals);
