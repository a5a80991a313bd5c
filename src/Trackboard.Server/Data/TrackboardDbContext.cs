using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Dlq;

namespace Trackboard.Server.Data;

/// <summary>
/// The unit of work of the Server. Provider-specific subclasses exist only so each provider keeps its
/// own migrations; the model is the same.
/// </summary>
internal abstract class TrackboardDbContext(DbContextOptions options, AuditActor? actor) : DbContext(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<User> Users => Set<User>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanEvent> Events => Set<PlanEvent>();
    public DbSet<PlanProperty> Properties => Set<PlanProperty>();
    public DbSet<EventGlobalLink> EventGlobalLinks => Set<EventGlobalLink>();
    public DbSet<PlanVersion> Versions => Set<PlanVersion>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<ValidationRecord> ValidationRecords => Set<ValidationRecord>();
    public DbSet<ValidationViolationRecord> ValidationViolations => Set<ValidationViolationRecord>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<MergeRequest> MergeRequests => Set<MergeRequest>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<MergeRequestApproval> MergeRequestApprovals => Set<MergeRequestApproval>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<AppVersionMapping> AppVersionMappings => Set<AppVersionMapping>();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (actor is not null)
        {
            AuditRecorder.Record(this, actor);
        }
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Records a write made with <c>ExecuteUpdate</c>/<c>ExecuteDelete</c>, which the change tracker never sees; the entry
    /// is saved by the next <see cref="SaveChangesAsync(bool, CancellationToken)"/>, in the caller's transaction.
    /// </summary>
    public void AuditBulkWrite(Guid orgId, string action, string entityType, string entityId, object? before, object? after)
    {
        if (actor is not null)
        {
            AuditRecorder.RecordBulk(this, actor, orgId, action, entityType, entityId, before, after);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organization>(e =>
        {
            e.ToTable("organizations");
            e.Property(x => x.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<User>(e =>
        {
            e.ToTable("users");
            e.Property(x => x.Email).HasMaxLength(320);
            e.Property(x => x.NormalizedEmail).HasMaxLength(320);
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasIndex(x => x.NormalizedEmail).IsUnique();
        });
        modelBuilder.Entity<Membership>(e =>
        {
            e.ToTable("memberships");
            e.HasKey(x => new { x.OrgId, x.UserId });
            e.HasIndex(x => x.UserId);
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<Session>(e =>
        {
            e.ToTable("sessions");
            e.HasIndex(x => x.AccessHash).IsUnique();
            e.HasIndex(x => x.RefreshHash).IsUnique();
        });
        modelBuilder.Entity<PersonalAccessToken>(e =>
        {
            e.ToTable("personal_access_tokens");
            e.HasIndex(x => x.Hash).IsUnique();
            e.HasIndex(x => new { x.OrgId, x.UserId });
            e.Property(x => x.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<Invitation>(e =>
        {
            e.ToTable("invitations");
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasIndex(x => x.OrgId);
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<Plan>(e =>
        {
            e.ToTable("plans");
            e.HasIndex(x => x.OrgId);
            e.HasIndex(x => x.ParentPlanId);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.BranchName).HasMaxLength(100);
        });
        modelBuilder.Entity<PlanEvent>(e =>
        {
            e.ToTable("plan_events");
            e.HasIndex(x => new { x.PlanId, x.Name }).IsUnique();
            e.HasIndex(x => x.OrgId);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Status).HasMaxLength(20);
        });
        modelBuilder.Entity<PlanProperty>(e =>
        {
            e.ToTable("plan_properties");
            e.HasIndex(x => new { x.PlanId, x.EventId });
            e.HasIndex(x => x.OrgId);
            e.Property(x => x.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<EventGlobalLink>(e =>
        {
            e.ToTable("event_global_links");
            e.HasKey(x => new { x.EventId, x.PropertyId });
            e.HasIndex(x => x.PlanId);
        });
        modelBuilder.Entity<PlanVersion>(e =>
        {
            e.ToTable("plan_versions");
            e.HasIndex(x => new { x.PlanId, x.Number }).IsUnique();
            e.HasIndex(x => x.OrgId);
        });
        modelBuilder.Entity<ApiKey>(e =>
        {
            e.ToTable("api_keys");
            e.HasIndex(x => x.Hash).IsUnique();
            e.HasIndex(x => x.PlanId);
            e.Property(x => x.Label).HasMaxLength(100);
        });
        modelBuilder.Entity<ValidationRecord>(e =>
        {
            e.ToTable("validation_records");
            e.HasIndex(x => new { x.PlanId, x.ReceivedAt });
            e.HasIndex(x => new { x.PlanId, x.EventName });
        });
        modelBuilder.Entity<Webhook>(e =>
        {
            e.ToTable("webhooks");
            e.HasIndex(x => x.OrgId);
            e.Property(x => x.Url).HasMaxLength(2000);
        });
        modelBuilder.Entity<WebhookDelivery>(e =>
        {
            e.ToTable("webhook_deliveries");
            e.HasIndex(x => new { x.Status, x.NextAttemptAt });
            e.HasIndex(x => x.WebhookId);
            e.Property(x => x.Status).HasMaxLength(20);
        });
        modelBuilder.Entity<MergeRequest>(e =>
        {
            e.ToTable("merge_requests");
            e.HasIndex(x => x.SourcePlanId);
            e.HasIndex(x => x.TargetPlanId);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Status).HasMaxLength(20);
        });
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries");
            e.HasIndex(x => new { x.OrgId, x.At });
            e.Property(x => x.Action).HasMaxLength(20);
            e.Property(x => x.EntityType).HasMaxLength(100);
            e.Property(x => x.EntityId).HasMaxLength(100);
        });
        modelBuilder.Entity<MergeRequestApproval>(e =>
        {
            e.ToTable("merge_request_approvals");
            e.HasKey(x => new { x.MergeRequestId, x.UserId });
            e.HasIndex(x => x.OrgId);
        });
        modelBuilder.Entity<Comment>(e =>
        {
            e.ToTable("comments");
            e.HasIndex(x => new { x.TargetType, x.TargetId, x.CreatedAt });
            e.HasIndex(x => x.OrgId);
            e.Property(x => x.TargetType).HasMaxLength(20);
            e.Property(x => x.Body).HasMaxLength(10000);
        });
        modelBuilder.Entity<ValidationViolationRecord>(e =>
        {
            e.ToTable("validation_violations");
            e.HasIndex(x => new { x.PlanId, x.ReceivedAt });
            e.HasIndex(x => x.RecordId);
        });
        DlqModel.Configure(modelBuilder);
        GuardLink.GuardLinkModel.Configure(modelBuilder);
        AiTriage.AiTriageModel.Configure(modelBuilder);
        modelBuilder.Entity<AppVersionMapping>(e =>
        {
            e.ToTable("app_version_mappings");
            e.HasIndex(x => x.PlanId);
            e.HasIndex(x => x.OrgId);
            e.Property(x => x.AppVersionFrom).HasMaxLength(100);
            e.Property(x => x.AppVersionTo).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(500);
        });
    }
}
