using ActionPlans.Core.Plans;
using ActionPlans.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel(ActionPlansDb db) : PageModel
{
    public IReadOnlyList<PublishedPlanRow> Plans { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Plans = await db.Plans.Where(p => p.Status == PlanStatus.Published)
            .OrderByDescending(p => p.Inspection.Published)
            .Select(p => new PublishedPlanRow(p.Id, p.Inspection.Provider.Name, p.Inspection.Published, p.Submitted, p.Responses.Count))
            .ToListAsync();
    }

    public sealed record PublishedPlanRow(int Id, string Provider, DateOnly? ReportPublished, DateOnly? Submitted, int Recommendations);
}
