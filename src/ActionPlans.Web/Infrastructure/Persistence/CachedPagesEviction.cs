using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ActionPlans.Web.Infrastructure.Persistence;

/// <summary>
/// Empties this instance's output cache of public pages once a save that wrote anything is committed. Saves are rare
/// beside reads, so every cached public page goes rather than working out which plans the rows belong to, and no save
/// pays for looking through its rows. Other instances learn of the change by their entries' short expiry; the pages'
/// entity tags are read from the database and are right on every instance at once.
/// </summary>
internal sealed class CachedPagesEviction(IOutputCacheStore cache) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>The tag every cached public page carries.</summary>
    public const string Tag = "public-pages";

    /// <summary>Contexts with a saved change whose transaction has not yet committed.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SavedAsync(eventData).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await SavedAsync(eventData);
        return result;
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

    /// <summary>
    /// Evicts after the save, and again at the commit of a transaction around it: between the two another request may
    /// have read and cached what the transaction had not yet made visible.
    /// </summary>
    private async ValueTask SavedAsync(SaveChangesCompletedEventData saved)
    {
        if (saved.Context is not { } db || saved.EntitiesSavedCount == 0) return;
        if (db.Database.CurrentTransaction is not null) _pending.AddOrUpdate(db, this);
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
