using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ActionPlans.Web.Infrastructure.Persistence.Auditing;

/// <summary>
/// Turns the change tracker's pending changes to domain rows into audit entries. Keys of added rows
/// are only known after the save, so entries are captured first and completed afterwards.
/// </summary>
internal sealed class AuditTrail
{
    private readonly List<(EntityEntry Entry, AuditEntry Audit)> _pending = [];

    public static AuditTrail Capture(ChangeTracker tracker, string actor, DateTime nowUtc)
    {
        var trail = new AuditTrail();
        foreach (var entry in tracker.Entries())
        {
            if (!DomainRow.Is(entry.Metadata) || entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0) continue;
            trail._pending.Add((entry, new AuditEntry
            {
                AtUtc = nowUtc,
                Actor = actor,
                Entity = entry.Metadata.ClrType.Name,
                Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Added,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Modified,
                },
                Changes = JsonSerializer.Serialize(changes),
            }));
        }
        return trail;
    }

    public bool IsEmpty => _pending.Count == 0;

    /// <summary>The entries, with the keys the database gave to added rows.</summary>
    public IEnumerable<AuditEntry> Complete() => _pending.Select(p =>
    {
        p.Audit.EntityId = string.Join(",", p.Entry.Metadata.FindPrimaryKey()!.Properties.Select(k => p.Entry.Property(k.Name).CurrentValue));
        return p.Audit;
    });

    private static Dictionary<string, object?> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.Name == RowVersionConvention.Property || property.Metadata.IsPrimaryKey()) continue;
            var from = entry.State == EntityState.Added ? null : Text(property.OriginalValue);
            var to = entry.State == EntityState.Deleted ? null : Text(property.CurrentValue);
            if (entry.State == EntityState.Modified && (!property.IsModified || Equals(from, to))) continue;
            if (from is null && to is null) continue;
            changes[property.Metadata.Name] = new { from, to };
        }
        return changes;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd"),
        DateTime t => t.ToString("O"),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
