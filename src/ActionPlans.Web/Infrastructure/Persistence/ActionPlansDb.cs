using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Recommendations;
using ActionPlans.Core.TargetDates;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Features.Import;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Features.Publishing;
using ActionPlans.Web.Features.Reminders;
using ActionPlans.Web.Infrastructure.Email;
using ActionPlans.Web.Features.Plans;
using ActionPlans.Core.Plans.Workflow;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Infrastructure.Persistence;

/// <summary>
/// The service's database. Each provider has its own subclass only so that it can carry its own
/// migrations (SQLite and PostgreSQL differ in column types); the model is the same.
/// </summary>
public abstract class ActionPlansDb(DbContextOptions options, IAuditActor actor) : IdentityDbContext<ServiceUser>(options), IDataProtectionKeyContext
{
    /// <summary>Shadow concurrency token on every domain row, bumped on each update.</summary>
    public const string VersionProperty = "Version";

    /// <summary>The plan a review comment belongs to: a key only the database needs.</summary>
    public const string PlanKey = "ActionPlanId";

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<StandardResult> StandardResults => Set<StandardResult>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<ActionPlan> Plans => Set<ActionPlan>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<PlannedAction> Actions => Set<PlannedAction>();
    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();
    public DbSet<ProgressEvidence> Evidence => Set<ProgressEvidence>();
    public DbSet<EvidenceContent> EvidenceContents => Set<EvidenceContent>();
    public DbSet<TargetRevision> TargetRevisions => Set<TargetRevision>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<PublishedProgressReport> ProgressReports => Set<PublishedProgressReport>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ImportedDocument> ImportedDocuments => Set<ImportedDocument>();
    public DbSet<ReviewComment> ReviewComments => Set<ReviewComment>();
    public DbSet<FrozenVersion> FrozenVersions => Set<FrozenVersion>();

    /// <summary>Keys that protect sign-in cookies, shared by every instance and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The version a row had when it was read, for a form to send back and a save to check.</summary>
    public int VersionOf(object row) => (int)Entry(row).Property(VersionProperty).CurrentValue!;

    /// <summary>Makes the next save fail with a concurrency conflict unless the row is still at this version.</summary>
    public void ExpectVersion(object row, int version) => Entry(row).Property(VersionProperty).OriginalValue = version;

    /// <summary>
    /// Like <see cref="ExpectVersion"/>, and counts the save as a change to the row even when only rows under it are
    /// added or removed (an action, an update), so its version moves on and a second save from the same form is refused.
    /// </summary>
    public void ExpectWholeAtVersion(object row, int version)
    {
        ExpectVersion(row, version);
        Entry(row).Property(VersionProperty).IsModified = true;
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);

        model.Entity<ServiceUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(200);
            u.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<Organisation>(o =>
        {
            o.Property(x => x.Name).HasMaxLength(Organisation.NameMaxLength);
            o.HasIndex(x => x.Name).IsUnique();
            o.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            o.HasOne(x => x.OwningGroup).WithMany().HasForeignKey(x => x.OwningGroupId).OnDelete(DeleteBehavior.Restrict);
            o.Ignore(x => x.IsProvider);
        });

        model.Entity<Inspection>(i =>
        {
            i.HasOne(x => x.Provider).WithMany().HasForeignKey(x => x.ProviderId).OnDelete(DeleteBehavior.Restrict);
            i.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            i.HasMany(x => x.Standards).WithOne().HasForeignKey(s => s.InspectionId).OnDelete(DeleteBehavior.Cascade);
            i.HasMany(x => x.Recommendations).WithOne().HasForeignKey(r => r.InspectionId).OnDelete(DeleteBehavior.Cascade);
            i.HasMany(x => x.PreviousRecommendations).WithOne().HasForeignKey(r => r.InspectionId).OnDelete(DeleteBehavior.Cascade);
            i.Property(x => x.FrameworkId).HasMaxLength(100);
            i.HasIndex(x => new { x.ProviderId, x.Published });
        });

        model.Entity<PreviousRecommendation>(r =>
        {
            r.Property(x => x.Text).HasMaxLength(Recommendation.TextMaxLength);
            r.Property(x => x.Progress).HasConversion<string>().HasMaxLength(20);
            r.HasIndex(x => new { x.InspectionId, x.Number }).IsUnique();
            r.HasOne(x => x.Original).WithMany().HasForeignKey(x => x.OriginalId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<PromptResult>(p =>
        {
            p.Property(x => x.PromptId).HasMaxLength(20);
            p.Property(x => x.Text).HasMaxLength(1000);
            p.Property(x => x.Current).HasPrecision(5, 2);
            p.Property(x => x.Previous).HasPrecision(5, 2);
        });

        model.Entity<StandardResult>(s =>
        {
            s.Property(x => x.StandardId).HasMaxLength(10);
            s.HasIndex(x => new { x.InspectionId, x.StandardId }).IsUnique();
            s.Property(x => x.StatedRating).HasConversion<string>().HasMaxLength(30);
            s.Property(x => x.PreviousRating).HasConversion<string>().HasMaxLength(30);
            s.Property(x => x.DiscretionRationale).HasMaxLength(StandardResult.RationaleMaxLength);
            s.HasMany(x => x.KeyQuestions).WithOne().HasForeignKey(k => k.StandardResultId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<KeyQuestionResult>(k =>
        {
            k.Property(x => x.Text).HasMaxLength(1000);
            k.Property(x => x.Current).HasPrecision(5, 2);
            k.Property(x => x.Previous).HasPrecision(5, 2);
            k.Property(x => x.AllProviders).HasPrecision(5, 2);
            k.Property(x => x.KeyQuestionId).HasMaxLength(20);
            k.HasMany(x => x.Prompts).WithOne().HasForeignKey(p => p.KeyQuestionResultId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<Recommendation>(r =>
        {
            r.Property(x => x.Text).HasMaxLength(Recommendation.TextMaxLength);
            r.HasIndex(x => new { x.InspectionId, x.Number }).IsUnique();
            r.HasOne(x => x.Addressee).WithMany().HasForeignKey(x => x.AddresseeId).OnDelete(DeleteBehavior.Restrict);
            r.HasOne(x => x.RepeatedFrom).WithMany().HasForeignKey(x => x.RepeatedFromId).OnDelete(DeleteBehavior.Restrict);
            r.Property(x => x.JudgedProgress).HasConversion<string>().HasMaxLength(20);
        });

        model.Entity<ActionPlan>(p =>
        {
            p.HasOne(x => x.Inspection).WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Restrict);
            p.HasIndex(x => x.InspectionId).IsUnique();
            p.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            p.HasMany(x => x.Responses).WithOne().HasForeignKey(r => r.ActionPlanId).OnDelete(DeleteBehavior.Cascade);
            p.Ignore(x => x.Summary);
        });

        model.Entity<Response>(r =>
        {
            r.HasOne(x => x.Recommendation).WithMany().HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.Restrict);
            r.HasIndex(x => new { x.ActionPlanId, x.RecommendationId }).IsUnique();
            r.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.Narrative).HasMaxLength(Response.NarrativeMaxLength);
            r.Property(x => x.AgreedPart).HasMaxLength(Response.AgreedPartMaxLength);
            r.Property(x => x.Explanation).HasMaxLength(Response.ExplanationMaxLength);
            r.Property(x => x.Reasons).HasConversion<int>();
            r.HasMany(x => x.Actions).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<PlannedAction>(a =>
        {
            a.Property(x => x.Text).HasMaxLength(PlannedAction.TextMaxLength);
            a.Property(x => x.Owner).HasMaxLength(PlannedAction.OwnerMaxLength);
            // Only the words as written are stored: their meaning is re-read by the domain's own rules.
            a.Property(x => x.Target).HasConversion(t => t.Text, text => TargetDate.Parse(text)).HasMaxLength(TargetDate.TextMaxLength).HasColumnName("Target");
            // The monitoring record outlives every change to the plan: the database refuses to delete it with its action.
            a.HasMany(x => x.Updates).WithOne().HasForeignKey(u => u.PlannedActionId).OnDelete(DeleteBehavior.Restrict);
            a.HasMany(x => x.Revisions).WithOne().HasForeignKey(r => r.PlannedActionId).OnDelete(DeleteBehavior.Restrict);
            a.Property(x => x.AssignedTo).HasMaxLength(PlannedAction.AssigneeMaxLength);
            a.HasIndex(x => x.AssignedTo);
        });

        model.Entity<ProgressUpdate>(u =>
        {
            u.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            u.Property(x => x.Narrative).HasMaxLength(ProgressUpdate.NarrativeMaxLength);
            u.Property(x => x.Author).HasMaxLength(ProgressUpdate.AuthorMaxLength);
            u.HasMany(x => x.Evidence).WithOne().HasForeignKey(e => e.ProgressUpdateId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<ProgressEvidence>(e =>
        {
            e.Property(x => x.Link).HasMaxLength(EvidencePolicy.LinkMaxLength);
            e.Property(x => x.FileName).HasMaxLength(EvidencePolicy.FileNameMaxLength);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Ignore(x => x.IsFile);
            e.Ignore(x => x.ContentDisposition);
        });

        model.Entity<EvidenceContent>(c =>
        {
            c.HasOne(x => x.Evidence).WithOne().HasForeignKey<EvidenceContent>(x => x.ProgressEvidenceId).OnDelete(DeleteBehavior.Restrict);
            c.HasIndex(x => x.ProgressEvidenceId).IsUnique();
        });

        model.Entity<TargetRevision>(r =>
        {
            r.Property(x => x.From).HasConversion(t => t.Text, text => TargetDate.Parse(text)).HasMaxLength(TargetDate.TextMaxLength);
            r.Property(x => x.To).HasConversion(t => t.Text, text => TargetDate.Parse(text)).HasMaxLength(TargetDate.TextMaxLength);
            r.Property(x => x.Reason).HasMaxLength(TargetRevision.ReasonMaxLength);
            r.Property(x => x.By).HasMaxLength(TargetRevision.ByMaxLength);
        });

        model.Entity<OutboxMessage>(m =>
        {
            m.Property(x => x.Key).HasMaxLength(OutboxMessage.KeyMaxLength);
            m.HasIndex(x => x.Key).IsUnique();
            m.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            m.Property(x => x.Recipient).HasMaxLength(256);
            m.Property(x => x.Subject).HasMaxLength(300);
            m.Property(x => x.LastError).HasMaxLength(2000);
            m.Property(x => x.ClaimedBy).HasMaxLength(100);
            m.HasIndex(x => new { x.SentUtc, x.NextAttemptUtc });
        });

        model.Entity<PublishedProgressReport>(r =>
        {
            r.HasOne<ActionPlan>().WithMany().HasForeignKey(x => x.ActionPlanId).OnDelete(DeleteBehavior.Restrict);
            r.Property(x => x.PublishedBy).HasMaxLength(256);
            // One report per plan and day, even when two inspectors publish it at the same moment.
            r.HasIndex(x => new { x.ActionPlanId, x.AsAt }).IsUnique();
        });

        model.Entity<ReviewComment>(c =>
        {
            c.Property<int>(PlanKey);
            c.HasOne<ActionPlan>().WithMany().HasForeignKey(PlanKey).OnDelete(DeleteBehavior.Cascade);
            c.Property(x => x.Text).HasMaxLength(ReviewComment.TextMaxLength);
            c.Property(x => x.Author).HasMaxLength(ReviewComment.AuthorMaxLength);
            c.Property(x => x.Reply).HasMaxLength(ReviewComment.TextMaxLength);
            c.Ignore(x => x.IsAnswered);
        });

        model.Entity<FrozenVersion>(v =>
        {
            v.HasOne<ActionPlan>().WithMany().HasForeignKey(x => x.ActionPlanId).OnDelete(DeleteBehavior.Cascade);
            v.HasIndex(x => new { x.ActionPlanId, x.Number }).IsUnique();
        });

        model.Entity<ImportedDocument>(d =>
        {
            d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            d.Property(x => x.FileName).HasMaxLength(260);
            d.Property(x => x.Sha256).HasMaxLength(64);
            d.HasIndex(x => x.Sha256).IsUnique();
            d.Property(x => x.ImportedBy).HasMaxLength(256);
        });

        model.Entity<AuditEntry>(a =>
        {
            a.Property(x => x.Actor).HasMaxLength(256);
            a.Property(x => x.Entity).HasMaxLength(100);
            a.Property(x => x.EntityId).HasMaxLength(100);
            a.Property(x => x.Action).HasConversion<string>().HasMaxLength(20);
            a.HasIndex(x => x.AtUtc);
            a.HasIndex(x => new { x.Entity, x.EntityId });
        });

        foreach (var type in model.Model.GetEntityTypes().Where(t => t.FindPrimaryKey() is not null && t.ClrType.Namespace?.StartsWith("ActionPlans.Core", StringComparison.Ordinal) == true))
            type.AddProperty(VersionProperty, typeof(int)).IsConcurrencyToken = true;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Saves domain rows and their audit entries together: both or neither.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        BumpVersions();
        var trail = AuditTrail.Capture(ChangeTracker, actor.Name, DateTime.UtcNow);
        if (trail.IsEmpty) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditEntries.AddRange(trail.Complete());
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            return saved;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Metadata.FindProperty(VersionProperty) is null) continue;
            var version = entry.Property(VersionProperty);
            if (entry.State == EntityState.Added) version.CurrentValue = 1;
            else if (entry.State == EntityState.Modified) version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }
}

public sealed class SqliteActionPlansDb(DbContextOptions<SqliteActionPlansDb> options, IAuditActor actor) : ActionPlansDb(options, actor);

public sealed class PostgresActionPlansDb(DbContextOptions<PostgresActionPlansDb> options, IAuditActor actor) : ActionPlansDb(options, actor);
