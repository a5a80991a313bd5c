using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Trackboard.Server.Dlq;

namespace Trackboard.Server.Data;

/// <summary>Turns the tracked changes of a save into audit entries, so every write through the unit of work is recorded.</summary>
internal static class AuditRecorder
{
    // Rows that change on reads or per event (sessions, lockout counters, validation results) would drown the log.
    private static readonly HashSet<Type> s_skipped = [typeof(AuditEntry), typeof(Session), typeof(User), typeof(ValidationRecord), typeof(ValidationViolationRecord), typeof(WebhookDelivery),
        typeof(DlqEntry), typeof(DlqSpike), typeof(GuardLink.GuardCount), typeof(AiTriage.AiTriageResult)];

    private static readonly HashSet<string> s_secret = ["Hash", "PasswordHash", "TokenHash", "AccessHash", "RefreshHash", "ProtectedSecret", "ProtectedApiKey"];

    public static void Record(DbContext db, AuditActor actor)
    {
        var now = actor.Time.GetUtcNow().UtcDateTime;
        var entries = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (s_skipped.Contains(entry.Entity.GetType()) || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            var org = entry.Properties.FirstOrDefault(p => p.Metadata.Name == "OrgId")?.CurrentValue as Guid? ?? actor.OrgId;
            if (org is null)
            {
                continue;
            }
            entries.Add(new AuditEntry
            {
                Id = Guid.NewGuid(),
                OrgId = org.Value,
                ActorId = actor.UserId,
                Action = entry.State switch { EntityState.Added => "create", EntityState.Deleted => "delete", _ => "update" },
                EntityType = entry.Metadata.GetTableName() ?? entry.Metadata.ClrType.Name,
                EntityId = string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue)),
                Before = entry.State == EntityState.Added ? null : Snapshot(entry, original: true),
                After = entry.State == EntityState.Deleted ? null : Snapshot(entry, original: false),
                At = now,
            });
        }
        db.Set<AuditEntry>().AddRange(entries);
    }

    /// <summary>An entry for a set-based write the change tracker did not see; values are serialized as given.</summary>
    public static void RecordBulk(DbContext db, AuditActor actor, Guid orgId, string action, string entityType, string entityId, object? before, object? after) =>
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            Id = Guid.NewGuid(),
            OrgId = orgId,
            ActorId = actor.UserId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = before is null ? null : JsonSerializer.Serialize(before),
            After = after is null ? null : JsonSerializer.Serialize(after),
            At = actor.Time.GetUtcNow().UtcDateTime,
        });

    private static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var value = original ? property.OriginalValue : property.CurrentValue;
            values[name] = s_secret.Contains(name) ? "***" : value is byte[] bytes ? $"{bytes.Length} bytes" : value;
        }
        return JsonSerializer.Serialize(values);
    }
}
