namespace Trackboard.Server.Data;

/// <summary>Roles in an organization; a higher value includes every right of the lower ones.</summary>
internal enum OrgRole
{
    Viewer = 1,
    Editor = 2,
    Admin = 3,
    Owner = 4,
}
