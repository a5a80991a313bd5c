namespace Trackboard.Server.Auth;

internal sealed record RegisterRequest(string? Email, string? Password, string? Name, string? OrgName);

internal sealed record LoginRequest(string? Email, string? Password, Guid? OrgId);

internal sealed record RefreshRequest(string? RefreshToken);

internal sealed record TokenResponse(string AccessToken, string RefreshToken, string TokenType, int ExpiresIn, Guid OrgId);

internal sealed record OrgSummary(Guid Id, string Name, string Role);

internal sealed record MeResponse(Guid Id, string Email, string Name, Guid OrgId, string Role, IReadOnlyList<OrgSummary> Organizations);
