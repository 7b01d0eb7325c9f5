using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ActionPlans.Web.Infrastructure.Persistence;

/// <summary>Starts an added domain row at version 1 and moves a changed one on by one, as part of the save that changes it.</summary>
internal sealed class RowVersionInterceptor : SaveChangesInterceptor
{
    public static readonly RowVersionInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Bump(eventData.Context!);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Bump(eventData.Context!);
        return ValueTask.FromResult(result);
    }

    private static void Bump(DbContext db)
    {
        // EF looks for changes only after the interceptors have run, and a row's state decides its version.
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Metadata.FindProperty(RowVersionConvention.Property) is null) continue;
            var version = entry.Property(RowVersionConvention.Property);
            if (entry.State == EntityState.Added) version.CurrentValue = 1;
            else if (entry.State == EntityState.Modified) version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }
}
