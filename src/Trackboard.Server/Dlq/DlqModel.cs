using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Data;

namespace Trackboard.Server.Dlq;

/// <summary>The DLQ's tables, configured from <see cref="TrackboardDbContext"/>.</summary>
internal static class DlqModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DlqEntry>(e =>
        {
            e.ToTable("dlq_entries");
            e.HasIndex(x => new { x.PlanId, x.DedupeKey }).IsUnique();
            e.HasIndex(x => new { x.PlanId, x.Fingerprint, x.ReceivedAt });
            e.HasIndex(x => new { x.PlanId, x.BreakKey });
            e.HasIndex(x => new { x.PlanId, x.ReceivedAt });
            e.HasIndex(x => x.ReceivedAt);
            e.Property(x => x.Origin).HasMaxLength(20);
            e.Property(x => x.Kind).HasMaxLength(20);
            e.Property(x => x.DedupeKey).HasMaxLength(64);
            e.Property(x => x.Fingerprint).HasMaxLength(64);
            e.Property(x => x.BreakKey).HasMaxLength(64);
            e.Property(x => x.EventName).HasMaxLength(200);
            e.Property(x => x.ContractVersion).HasMaxLength(100);
            e.Property(x => x.Source).HasMaxLength(100);
            e.Property(x => x.AppVersion).HasMaxLength(100);
            e.Property(x => x.Library).HasMaxLength(100);
            e.Property(x => x.Codes).HasMaxLength(500);
        });
        modelBuilder.Entity<DlqSpike>(e =>
        {
            e.ToTable("dlq_spikes");
            e.HasIndex(x => new { x.PlanId, x.Fingerprint, x.Bucket }).IsUnique();
            e.HasIndex(x => new { x.PlanId, x.DetectedAt });
            e.Property(x => x.Fingerprint).HasMaxLength(64);
        });
    }
}
