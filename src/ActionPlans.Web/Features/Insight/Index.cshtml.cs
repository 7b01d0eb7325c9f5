using ActionPlans.Core.Organisations;
using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Insight;

/// <summary>The national insight: every section's charts and tables for the filters in the address.</summary>
[AllowAnonymous]
public sealed class IndexModel(ActionPlansDb db, TimeProvider clock, Plans.PlanDueDays due) : PageModel
{
    public InsightFilter Filter { get; private set; } = null!;

    public IReadOnlyList<(InsightSection Section, SectionFigures Figures)> Sections { get; private set; } = [];

    /// <summary>Providers with a published report, for the provider filter.</summary>
    public IReadOnlyList<string> Providers { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var cancel = HttpContext.RequestAborted;
        var (filter, errors) = await InsightFilter.ReadAsync(Request.Query, db, clock.TodayInUk(), cancel);
        foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
        Filter = filter;
        Providers = await db.Organisations
            .Where(o => db.Inspections.Any(i => i.ProviderId == o.Id && i.Published != null))
            .OrderBy(o => o.Name).Select(o => o.Name).ToListAsync(cancel);
        Sections = await InsightSections.ReadAllAsync(HttpContext.RequestServices, InsightScope.Of(db, filter, due), cancel);
    }
}
