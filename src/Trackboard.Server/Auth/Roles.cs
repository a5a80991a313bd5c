using Trackboard.Server.Data;

namespace Trackboard.Server.Auth;

internal static class Roles
{
    public static string Name(OrgRole role) => role switch
    {
        OrgRole.Owner => "owner",
        OrgRole.Admin => "admin",
        OrgRole.Editor => "editor",
        _ => "viewer",
    };

    public static OrgRole? Parse(string? text) => text switch
    {
        "owner" => OrgRole.Owner,
        "admin" => OrgRole.Admin,
        "editor" => OrgRole.Editor,
        "viewer" => OrgRole.Viewer,
        _ => null,
    };
}
