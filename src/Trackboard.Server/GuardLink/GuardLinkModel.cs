using Microsoft.EntityFrameworkCore;

namespace Trackboard.Server.GuardLink;

/// <summary>The table of counts Guards push, configured from <see cref="Data.TrackboardDbContext"/>.</summary>
internal static class GuardLinkModel
{
    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<GuardCount>(e =>
        {
            e.ToTable("guard_counts");
            e.HasIndex(x => new { x.PlanId, x.WindowId, x.Source, x.ContractVersion, x.EventName }).IsUnique();
            e.HasIndex(x => new { x.PlanId, x.WindowEnd });
            e.HasIndex(x => x.WindowEnd);
            e.Property(x => x.WindowId).HasMaxLength(64);
            e.Property(x => x.GuardId).HasMaxLength(100);
            e.Property(x => x.Source).HasMaxLength(100);
            e.Property(x => x.ContractVersion).HasMaxLength(100);
            e.Property(x => x.EventName).HasMaxLength(200);
        });
}
