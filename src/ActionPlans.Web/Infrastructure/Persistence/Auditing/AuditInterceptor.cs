using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ActionPlans.Web.Infrastructure.Persistence.Auditing;

/// <summary>
/// Writes each save's audit trail, naming the actor, in the save's own transaction: the changed domain rows and
/// their audit entries are stored together, or neither is. Added rows get their keys only from the database, so
/// when there is something to audit this makes the save itself, in two steps, and EF's own save is skipped.
/// One instance serves one context.
/// </summary>
internal sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private bool _saving;

    // A synchronous save (Data Protection stores its keys so) is captured the same way and waits for the steps.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (_saving) return result;
        var db = eventData.Context!;
        // EF looks for changes only after the interceptors have run.
        db.ChangeTracker.DetectChanges();
        var trail = AuditTrail.Capture(db.ChangeTracker, actor.Name, clock.GetUtcNow().UtcDateTime);
        if (trail.IsEmpty) return result;

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        _saving = true;
        try
        {
            var saved = await db.SaveChangesAsync(cancellationToken);
            db.Set<AuditEntry>().AddRange(trail.Complete());
            await db.SaveChangesAsync(cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            return InterceptionResult<int>.SuppressWithResult(saved);
        }
        finally
        {
            _saving = false;
            if (own is not null) await own.DisposeAsync();
        }
    }
}
