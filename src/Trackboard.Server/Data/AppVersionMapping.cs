namespace Trackboard.Server.Data;

/// <summary>Builds of an app in [AppVersionFrom, AppVersionTo) are validated against published version ContractVersion.</summary>
internal sealed class AppVersionMapping
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid PlanId { get; set; }
    public required string AppVersionFrom { get; set; }
    public string? AppVersionTo { get; set; }
    public long ContractVersion { get; set; }
    public string? Note { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
