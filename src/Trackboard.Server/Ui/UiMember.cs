using Trackboard.Server.Auth;
using Trackboard.Server.Data;

namespace Trackboard.Server.Ui;

/// <summary>The signed-in person as the UI shows them; what they may do is still decided by the Server's handlers.</summary>
internal sealed record UiMember(Guid UserId, string Email, string Name, Guid OrgId, string OrgName, OrgRole Role, IReadOnlyList<OrgSummary> Organizations)
{
    public string RoleName => Roles.Name(Role);

    public bool CanEdit => Role >= OrgRole.Editor;

    public bool IsAdmin => Role >= OrgRole.Admin;
}
