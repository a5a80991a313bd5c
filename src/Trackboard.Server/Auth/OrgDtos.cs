namespace Trackboard.Server.Auth;

internal sealed record MemberResponse(Guid UserId, string Email, string Name, string Role, DateTime JoinedAt);

internal sealed record RoleChangeRequest(string? Role);

internal sealed record InvitationRequest(string? Email, string? Role);

internal sealed record InvitationResponse(Guid Id, string Email, string Role, DateTime CreatedAt, DateTime ExpiresAt, string Status, string? Token);

internal sealed record AcceptInvitationRequest(string? Token);

internal sealed record TokenCreateRequest(string? Name, string? Scope, int? ExpiresInDays);

internal sealed record PersonalTokenResponse(Guid Id, string Name, string Prefix, string Scope, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? LastUsedAt, DateTime? RevokedAt, string? Token);

internal sealed record InvitationPreview(Guid OrgId, string OrgName, string Email, string Role, string Status, DateTime ExpiresAt);
