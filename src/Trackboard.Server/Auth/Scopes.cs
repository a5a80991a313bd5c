namespace Trackboard.Server.Auth;

internal static class Scopes
{
    public const string Read = "read";
    public const string Write = "write";
}
