namespace Trackboard.Server.Validation;

internal sealed record ApiKeyCreate(string? Label, DateTime? ExpiresAt);

internal sealed record ApiKeyResponse(
    Guid Id, Guid PlanId, string KeyPrefix, string Label, string Scope, bool IsActive, DateTime CreatedAt,
    DateTime? ExpiresAt, DateTime? LastUsedAt, DateTime? RevokedAt, string? FullKey);
