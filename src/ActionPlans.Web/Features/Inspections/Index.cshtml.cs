using ActionPlans.Core.Plans;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Inspections;

/// <summary>
/// The inspections one may read, newest report first, a page at a time: the read rule is the query's filter and only
/// the page's rows are read. Numbered pages, as people move about such a list; a count of the inspections one may read
/// (thousands at most, one per report) is cheap beside the plans and actions.
/// </summary>
public sealed class IndexModel(ActionPlansDb db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    // From the query itself: "page" among the route values names the Razor page, and would win.
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public int Pages { get; private set; } = 1;

    public IReadOnlyList<Row> Inspections { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var readable = db.Inspections.Where(ViewerOf.Principal(User).InspectionsReadable(clock.TodayInUk()));
        Pages = Math.Max(1, (await readable.CountAsync() + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        // The page's ids first, from the index on the publication day alone; only then its rows with their providers and plans.
        var ids = await readable.OrderByDescending(i => i.Published).ThenByDescending(i => i.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).Select(i => i.Id).ToListAsync();
        var rows = await db.Inspections.Where(i => ids.Contains(i.Id))
            .Select(i => new Row(i.Id, i.Provider.Name, i.Published,
                db.Plans.Where(p => p.InspectionId == i.Id).Select(p => (int?)p.Id).FirstOrDefault(),
                db.Plans.Where(p => p.InspectionId == i.Id).Select(p => (PlanStatus?)p.Status).FirstOrDefault()))
            .ToDictionaryAsync(r => r.Id);
        Inspections = ids.Select(id => rows[id]).ToList();
    }

    public string PageLink(int page) => $"?page={page}";

    public sealed record Row(int Id, string Provider, DateOnly? Published, int? PlanId, PlanStatus? PlanStatus);
}
