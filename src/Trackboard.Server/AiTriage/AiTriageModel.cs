using Microsoft.EntityFrameworkCore;

namespace Trackboard.Server.AiTriage;

/// <summary>The AI provider settings and triage cache tables, configured from <see cref="Data.TrackboardDbContext"/>.</summary>
internal static class AiTriageModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AiProviderSettings>(e =>
        {
            e.ToTable("ai_provider_settings");
            e.HasKey(x => x.OrgId);
            e.Property(x => x.BaseUrl).HasMaxLength(500);
            e.Property(x => x.Model).HasMaxLength(200);
        });
        modelBuilder.Entity<AiTriageResult>(e =>
        {
            e.ToTable("ai_triage_results");
            e.HasIndex(x => new { x.OrgId, x.InputHash }).IsUnique();
            e.HasIndex(x => new { x.PlanId, x.Fingerprint });
            e.Property(x => x.Fingerprint).HasMaxLength(64);
            e.Property(x => x.InputHash).HasMaxLength(64);
            e.Property(x => x.Model).HasMaxLength(200);
        });
    }
}
