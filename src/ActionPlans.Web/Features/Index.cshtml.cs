using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Features.Monitoring.Standings;
using ActionPlans.Web.Features.Shared;
using ActionPlans.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features;

/// <summary>The public list of published plans, filtered by provider, year of the report and state of delivery.</summary>
[AllowAnonymous]
public sealed class IndexModel(ActionPlansDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Provider { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public DeliveryFilter? Delivery { get; set; }

    [FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public const int PlansPerPage = 25;

    public IReadOnlyList<PublishedPlanRow> Plans { get; private set; } = [];
    public ListPage Shown { get; private set; } = ListPage.Of(1, PlansPerPage, 0);
    public IReadOnlyList<string> Providers { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = clock.TodayInUk();
        var cancellation = HttpContext.RequestAborted;
        var published = db.Plans.Where(p => p.Status == PlanStatus.Published);
        // Who has published plans, and how many, from the tallies: a few rows instead of every published plan.
        var perProvider = await DeliveryFigures.PublishedPlansPerProviderAsync(db, cancellation);
        var providerIds = perProvider.Keys.ToList();
        var named = await db.Organisations.Where(o => providerIds.Contains(o.Id)).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellation);
        Providers = [.. named.Select(o => o.Name)];
        Years = await ReportYearsAsync(published, cancellation);

        var plans = published;
        if (!string.IsNullOrEmpty(Provider)) plans = plans.Where(p => p.Inspection.Provider.Name == Provider);
        var byYear = Year is >= 1 and <= 9999;
        if (byYear && Year is { } year)
        {
            DateOnly first = new(year, 1, 1), last = new(year, 12, 31);
            plans = plans.Where(p => p.Inspection.Published >= first && p.Inspection.Published <= last);
        }
        if (Delivery is { } filter) plans = plans.Where(Delivering(filter, db.Set<StoredStanding>().InForceOn(today)));

        var counted = !byYear && Delivery is null
            ? named.Where(o => string.IsNullOrEmpty(Provider) || o.Name == Provider).Sum(o => perProvider[o.Id])
            : await plans.CountAsync(cancellation);
        Shown = ListPage.Of(PageNumber, PlansPerPage, counted);
        var rows = await plans.NewestReportFirstAsync(db.Inspections, Shown.Skip, Shown.Size,
            p => new { p.Id, Provider = p.Inspection.Provider.Name, p.Inspection.Published, p.Submitted, Recommendations = p.Responses.Count }, r => r.Id, cancellation);
        var delivery = await DeliveryFigures.PerPlanAsync(db, rows.Select(r => r.Id).ToList(), today, cancellation);
        Plans = [.. rows.Select(r => new PublishedPlanRow(r.Id, r.Provider, r.Published, r.Submitted, r.Recommendations, delivery[r.Id]))];
    }

    /// <summary>
    /// The years with a published plan's report, newest first: one index seek per year, from the newest report back,
    /// instead of reading every published plan for a handful of distinct years.
    /// </summary>
    private static async Task<IReadOnlyList<int>> ReportYearsAsync(IQueryable<ActionPlan> published, CancellationToken cancellation)
    {
        var years = new List<int>();
        var before = DateOnly.MaxValue;
        while (await published.Where(p => p.Inspection.Published < before).OrderByDescending(p => p.Inspection.Published)
                   .Select(p => p.Inspection.Published).FirstOrDefaultAsync(cancellation) is { } latest)
        {
            years.Add(latest.Year);
            before = new DateOnly(latest.Year, 1, 1);
        }
        return years;
    }

    // The filters in the database's terms, from the rules on DeliverySummary: "has overdue actions" is a red worst
    // RAG, "every action delivered" a share delivered of one, "in progress" neither red nor all delivered.
    private static readonly DeliveryState[] Red = [.. Enum.GetValues<DeliveryState>().Where(s => s.Rag() == Rag.Red)];
    private static readonly DeliveryState[] Delivered = [.. Enum.GetValues<DeliveryState>().Where(s => s.IsDelivered())];
    private static readonly DeliveryState[] Awaited = [.. Enum.GetValues<DeliveryState>().Where(s => !s.IsDelivered() && s != DeliveryState.Superseded)];
    private static readonly DeliveryState[] AwaitedNotRed = [.. Awaited.Except(Red)];

    private static System.Linq.Expressions.Expression<Func<ActionPlan, bool>> Delivering(DeliveryFilter filter, IQueryable<StoredStanding> standing) => filter switch
    {
        DeliveryFilter.Overdue => p => standing.Any(s => s.PlanId == p.Id && Red.Contains(s.State)),
        DeliveryFilter.InProgress => p => !standing.Any(s => s.PlanId == p.Id && Red.Contains(s.State)) && standing.Any(s => s.PlanId == p.Id && AwaitedNotRed.Contains(s.State)),
        _ => p => !standing.Any(s => s.PlanId == p.Id && Awaited.Contains(s.State)) && standing.Any(s => s.PlanId == p.Id && Delivered.Contains(s.State)),
    };

    public enum DeliveryFilter
    {
        Overdue,
        InProgress,
        Delivered,
    }

    public sealed record PublishedPlanRow(int Id, string Provider, DateOnly? ReportPublished, DateOnly? Submitted, int Recommendations, DeliverySummary Delivery);
}
