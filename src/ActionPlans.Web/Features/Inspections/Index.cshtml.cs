using ActionPlans.Core.Inspections;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Inspections;

public sealed class IndexModel(ActionPlansDb db) : PageModel
{
    public IReadOnlyList<Row> Inspections { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var all = await db.Inspections.Include(i => i.Provider).OrderByDescending(i => i.Published).ToListAsync();
        var plans = await db.Plans.Select(p => new { p.InspectionId, p.Id, p.Status }).ToDictionaryAsync(p => p.InspectionId);
        var readable = new List<Inspection>();
        foreach (var inspection in all)
            if (await HttpContext.MayAsync(inspection, Rules.ReadInspection)) readable.Add(inspection);
        Inspections = readable
            .Select(i => new Row(i.Id, i.Provider.Name, i.Kind.ToString(), i.Published,
                plans.TryGetValue(i.Id, out var p) ? p.Id : null, plans.TryGetValue(i.Id, out var q) ? q.Status : null))
            .ToList();
    }

    public sealed record Row(int Id, string Provider, string Kind, DateOnly? Published, int? PlanId, ActionPlans.Core.Plans.PlanStatus? PlanStatus);
}
