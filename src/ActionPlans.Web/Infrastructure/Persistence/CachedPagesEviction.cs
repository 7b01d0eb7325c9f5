using System.Data.Common;
using System.Runtime.CompilerServices;
using ActionPlans.Web.Features.Import;
using ActionPlans.Web.Features.Publishing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ActionPlans.Web.Infrastructure.Persistence;

/// <summary>
/// Empties this instance's output cache of public pages once a save that changed what they show is committed: any
/// domain row, a published progress report or an imported document. Saves are rare beside reads, so every cached
/// public page goes rather than working out which plans a row belongs to. Other instances learn of the change by their
/// entries' short expiry; the pages' entity tags are read from the database and are right on every instance at once.
/// </summary>
internal sealed class CachedPagesEviction(IOutputCacheStore cache) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>The tag every cached public page carries.</summary>
    public const string Tag = "public-pages";

    /// <summary>Contexts with a saved change whose transaction has not yet committed.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SavedAsync(eventData.Context).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await SavedAsync(eventData.Context);
        return result;
    }

    // A failed save inside a transaction leaves what was saved before it in that transaction to its commit or rollback.
    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) Forget(eventData.Context);
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        CommittedAsync(eventData.Context).AsTask().GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        CommittedAsync(eventData.Context).AsTask();

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? db)
    {
        if (db is null) return;
        db.ChangeTracker.DetectChanges();
        if (db.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Shown(e.Metadata)))
            _pending.AddOrUpdate(db, this);
    }

    private static bool Shown(Microsoft.EntityFrameworkCore.Metadata.IReadOnlyEntityType type) =>
        DomainRow.Is(type) || type.ClrType == typeof(PublishedProgressReport) || type.ClrType == typeof(ImportedDocument);

    /// <summary>
    /// Evicts after the save, and again at the commit of a transaction around it: between the two another request may
    /// have read and cached what the transaction had not yet made visible.
    /// </summary>
    private async ValueTask SavedAsync(DbContext? db)
    {
        if (db is null || !_pending.TryGetValue(db, out _)) return;
        if (db.Database.CurrentTransaction is null) _pending.Remove(db);
        await cache.EvictByTagAsync(Tag, default);
    }

    private async ValueTask CommittedAsync(DbContext? db)
    {
        if (db is not null && _pending.Remove(db)) await cache.EvictByTagAsync(Tag, default);
    }

    private void Forget(DbContext? db)
    {
        if (db is not null) _pending.Remove(db);
    }
}
