namespace Trackboard.Server.Data;

/// <summary>The request's user and organization, read by the DbContext to stamp audit entries.</summary>
internal sealed class AuditActor(IHttpContextAccessor accessor, TimeProvider time)
{
    public TimeProvider Time { get; } = time;

    public Guid? UserId => Guid.TryParse(accessor.HttpContext?.User.FindFirst("sub")?.Value, out var id) ? id : null;

    public Guid? OrgId => Guid.TryParse(accessor.HttpContext?.User.FindFirst("org")?.Value, out var id) ? id : null;
}
