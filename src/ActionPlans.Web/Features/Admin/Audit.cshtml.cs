using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Admin;

/// <summary>The audit trail for administrators: newest first, filtered by what changed and who changed it.</summary>
public sealed class AuditModel(ActionPlansDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    // From the query itself: "page" among the route values names the Razor page, and would win.
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> EntityNames { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        EntityNames = await db.AuditEntries.Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync();
        var query = db.AuditEntries.AsQueryable();
        if (!string.IsNullOrWhiteSpace(Entity)) query = query.Where(a => a.Entity == Entity);
        if (!string.IsNullOrWhiteSpace(EntityId)) query = query.Where(a => a.EntityId == EntityId.Trim());
        if (!string.IsNullOrWhiteSpace(Actor)) query = query.Where(a => a.Actor.Contains(Actor.Trim()));
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Entries = await query.OrderByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }

    public string PageLink(int page) =>
        $"?entity={Uri.EscapeDataString(Entity ?? "")}&entityId={Uri.EscapeDataString(EntityId ?? "")}&actor={Uri.EscapeDataString(Actor ?? "")}&page={page}";
}
