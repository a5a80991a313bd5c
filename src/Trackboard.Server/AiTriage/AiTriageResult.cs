namespace Trackboard.Server.AiTriage;

/// <summary>A schema-checked AI triage answer, cached by the hash of its input (redacted group summary, model and base URL).</summary>
internal sealed class AiTriageResult
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid PlanId { get; set; }
    public required string Fingerprint { get; set; }
    public required string InputHash { get; set; }
    public required string Model { get; set; }

    /// <summary>The checked answer as canonical JSON (summary, probable_causes, suggested_fixes, confidence).</summary>
    public required string Output { get; set; }

    public DateTime CreatedAt { get; set; }
}
