namespace Trackboard.Server.Hosting;

/// <summary>Section <c>Trackboard:Auth</c>.</summary>
internal sealed class AuthOptions
{
    public const string Section = "Trackboard:Auth";

    public int AccessTokenMinutes { get; init; } = 60;
    public int RefreshTokenDays { get; init; } = 30;
    public int InvitationDays { get; init; } = 7;
    public int LockoutThreshold { get; init; } = 5;
    public int LockoutMinutes { get; init; } = 15;

    /// <summary>Requests per minute and client address on the login, register and refresh endpoints.</summary>
    public int AuthRequestsPerMinute { get; init; } = 20;
}
