using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Admin;

/// <summary>
/// The audit trail for administrators: newest first, filtered by what changed and who changed it. It grows with every
/// change the service ever saw, so it is read a page at a time by its key: older than the last entry shown, or newer
/// than the first; never counted, never skipped through.
/// </summary>
public sealed class AuditModel(ActionPlansDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }

    /// <summary>The entries older than this one: the next page.</summary>
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    /// <summary>The entries newer than this one: the previous page.</summary>
    [BindProperty(SupportsGet = true)] public long? After { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> EntityNames { get; private set; } = [];
    public string? NewerLink { get; private set; }
    public string? OlderLink { get; private set; }

    public async Task OnGetAsync()
    {
        // The kinds of row that are audited, from the model rather than from a scan of every entry.
        EntityNames = db.Model.GetEntityTypes().Where(DomainRow.Is).Select(t => t.ClrType.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Entity)) query = query.Where(a => a.Entity == Entity);
        if (!string.IsNullOrWhiteSpace(EntityId)) query = query.Where(a => a.EntityId == EntityId.Trim());
        if (!string.IsNullOrWhiteSpace(Actor)) query = query.Where(a => a.Actor.Contains(Actor.Trim()));

        if (After is { } after)
        {
            var newer = await query.Where(a => a.Id > after).OrderBy(a => a.Id).Take(PageSize).ToListAsync();
            newer.Reverse();
            Entries = newer;
        }
        else
        {
            var before = Before ?? long.MaxValue;
            Entries = await query.Where(a => a.Id < before).OrderByDescending(a => a.Id).Take(PageSize).ToListAsync();
        }
        if (Entries.Count == 0) return;
        long first = Entries[0].Id, last = Entries[^1].Id;
        if (await query.AnyAsync(a => a.Id > first)) NewerLink = Link("after", first);
        if (await query.AnyAsync(a => a.Id < last)) OlderLink = Link("before", last);
    }

    private string Link(string key, long id) =>
        $"?entity={Uri.EscapeDataString(Entity ?? "")}&entityId={Uri.EscapeDataString(EntityId ?? "")}&actor={Uri.EscapeDataString(Actor ?? "")}&{key}={id}";
}
