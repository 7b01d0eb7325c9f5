using ActionPlans.Core.Allocation;
using ActionPlans.Core.Cases;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Plans.Workflow;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Recommendations;
using ActionPlans.Core.TargetDates;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Features.Import;
using ActionPlans.Web.Features.Insight.Tallies;
using ActionPlans.Web.Features.Insight.Themes;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Features.Monitoring.Standings;
using ActionPlans.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ActionPlans.Web.Features.Plans;
using ActionPlans.Web.Features.Publishing;
using ActionPlans.Web.Infrastructure.Email;
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
    public DbSet<AllocationGuidanceText> AllocationGuidances => Set<AllocationGuidanceText>();
    public DbSet<CaseSample> CaseSamples => Set<CaseSample>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    /// <summary>Keys that protect sign-in cookies, shared by every instance and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The version a row had when it was read, for a form to send back and a save to check.</summary>
    public int VersionOf(object row) => (int)Entry(row).Property(RowVersionConvention.Property).CurrentValue!;

    /// <summary>Makes the next save fail with a concurrency conflict unless the row is still at this version.</summary>
    public void ExpectVersion(object row, int version) => Entry(row).Property(RowVersionConvention.Property).OriginalValue = version;

    /// <summary>
    /// Like <see cref="ExpectVersion"/>, and counts the save as a change to the row even when only rows under it are
    /// added or removed (an action, an update), so its version moves on and a second save from the same form is refused.
    /// </summary>
    public void ExpectWholeAtVersion(object row, int version)
    {
        ExpectVersion(row, version);
        Entry(row).Property(RowVersionConvention.Property).IsModified = true;
    }

    /// <summary>
    /// Saves, and in the same transaction works out again the stored standings of every action the save touched
    /// (<see cref="StandingProjection"/>), so the delivery figures the database answers never lag the record, and the
    /// national insight's counts of the reports it touched (<see cref="InsightTallies"/>); and
    /// queues the emails the change brings about (<see cref="SavedOccasions"/>) in that transaction too.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (_refreshingStandings) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        ChangeTracker.DetectChanges();
        var touched = StandingProjection.Collect(ChangeTracker);
        // The audit trail saves from inside the save: the reports' counts are taken away and added once, by the outer save.
        var counted = _countingReports ? InsightTallies.Touched.None : InsightTallies.Collect(ChangeTracker);
        var occasions = SavedOccasions.Collect(ChangeTracker, Services);
        if (touched.IsEmpty && counted.IsEmpty && occasions.IsEmpty) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            if (!counted.IsEmpty)
            {
                await counted.BeforeAsync(this, cancellationToken);
                _countingReports = true;
            }
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            _refreshingStandings = true;
            if (!touched.IsEmpty) await StandingProjection.RefreshAsync(this, touched, DueSoon, cancellationToken);
            if (!counted.IsEmpty) await counted.AfterAsync(this, cancellationToken);
            if (!occasions.IsEmpty) await occasions.RaiseAsync(this, Services!, cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            return saved;
        }
        finally
        {
            _refreshingStandings = false;
            if (!counted.IsEmpty) _countingReports = false;
            if (own is not null) await own.DisposeAsync();
        }
    }

    // Only Data Protection saves synchronously, and its keys touch no standing; any other save is made the same way.
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        _refreshingStandings || StandingProjection.Collect(ChangeTracker).IsEmpty && InsightTallies.Collect(ChangeTracker).IsEmpty
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    private bool _refreshingStandings;
    private bool _countingReports;

    /// <summary>The due-soon window the service judges delivery with; the default for a context made by hand.</summary>
    private DueSoonWindow DueSoon => Services?.GetService<DeliverySettings>()?.DueSoon ?? DueSoonWindow.Default;

    private IServiceProvider? Services =>
        this.GetService<IDbContextOptions>().FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ApplicationServiceProvider;

    /// <summary>
    /// Every context, however made, versions the domain rows it saves and audits them as its actor, at the
    /// service's clock when the context comes from the service's container (the system clock otherwise).
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder options)
    {
        var services = options.Options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ApplicationServiceProvider;
        options.AddInterceptors(ThemePlacing.Instance, RowVersionInterceptor.Instance, new AuditInterceptor(actor, services?.GetService<TimeProvider>() ?? TimeProvider.System));
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        // Each entity's mapping lives beside the feature that owns it.
        model.ApplyConfigurationsFromAssembly(typeof(ActionPlansDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        base.ConfigureConventions(conventions);
        conventions.Properties<TargetDate>().HaveConversion<TargetDateConverter>().HaveMaxLength(TargetDate.TextMaxLength);
        conventions.Conventions.Add(_ => new RowVersionConvention());
    }
}

public sealed class SqliteActionPlansDb(DbContextOptions<SqliteActionPlansDb> options, IAuditActor actor) : ActionPlansDb(options, actor);

public sealed class PostgresActionPlansDb(DbContextOptions<PostgresActionPlansDb> options, IAuditActor actor) : ActionPlansDb(options, actor);
