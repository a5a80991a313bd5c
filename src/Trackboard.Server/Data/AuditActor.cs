using System.Security.Claims;

namespace Trackboard.Server.Data;

/// <summary>The request's user and organization, read by the DbContext to stamp audit entries.</summary>
internal sealed class AuditActor(IHttpContextAccessor accessor, TimeProvider time)
{
    public TimeProvider Time { get; } = time;

    /// <summary>The signed-in user of a UI circuit, which has no HttpContext of its own.</summary>
    public ClaimsPrincipal? CircuitUser { get; set; }

    public Guid? UserId => Guid.TryParse(User?.FindFirst("sub")?.Value, out var id) ? id : null;

    public Guid? OrgId => Guid.TryParse(User?.FindFirst("org")?.Value, out var id) ? id : null;

    private ClaimsPrincipal? User => CircuitUser ?? accessor.HttpContext?.User;
}
