using ActionPlans.Core.Organisations;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Features.Monitoring.Standings;
using ActionPlans.Web.Features.Shared;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>One provider's plans being delivered, summed.</summary>
public sealed record ProviderDelivery(Organisation Provider, int Plans, DeliverySummary Summary);

/// <summary>One plan being delivered, as its actions stood on the day.</summary>
public sealed record PlanDeliveryRow(int Id, string Provider, DateOnly? ReportPublished, DateOnly? Closed, DeliverySummary Summary);

/// <summary>
/// Every plan being delivered (accepted or published) as known on one day: the totals, each provider's, a page of
/// the plans (newest report first), a page of the overdue actions longest overdue first, and the actions planned against completed per
/// month across all plans. Every figure is counted by the database; only the pages' rows are read.
/// </summary>
public sealed class DeliveryOverview
{
    public const int PlansPerPage = 25;
    public const int OverduePerPage = 25;

    public required DateOnly AsAt { get; init; }
    public required int PlanCount { get; init; }
    public required DeliverySummary Summary { get; init; }
    public required IReadOnlyList<ProviderDelivery> Providers { get; init; }
    public required IReadOnlyList<PlanDeliveryRow> Plans { get; init; }
    public required ListPage PlansPage { get; init; }
    public required IReadOnlyList<OverdueAction> Overdue { get; init; }
    public required ListPage OverduePage { get; init; }
    public required DeliverySeries Series { get; init; }

    public static async Task<DeliveryOverview> AsAtAsync(ActionPlansDb db, DateOnly date, int? plansPage, int? overduePage, CancellationToken cancellation = default)
    {
        var perProvider = await DeliveryFigures.PerProviderAsync(db, date, cancellation);
        var planCounts = await DeliveryFigures.PlansPerProviderAsync(db, cancellation);
        var providerIds = planCounts.Keys.ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => providerIds.Contains(o.Id)).ToListAsync(cancellation);
        var providers = organisations
            .Select(o => new ProviderDelivery(o, planCounts[o.Id], perProvider.GetValueOrDefault(o.Id) ?? DeliverySummary.Of(Array.Empty<DeliveryState>())))
            .OrderBy(p => p.Provider.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var summary = DeliverySummary.Combine(providers.Select(p => p.Summary));

        var plans = ListPage.Of(plansPage, PlansPerPage, planCounts.Values.Sum());
        var rows = await db.Plans.BeingDelivered().NewestReportFirstAsync(db.Inspections, plans.Skip, plans.Size,
            p => new { p.Id, Provider = p.Inspection.Provider.Name, p.Inspection.Published, p.Closed }, r => r.Id, cancellation);
        var planSummaries = await DeliveryFigures.PerPlanAsync(db, rows.Select(r => r.Id).ToList(), date, cancellation);

        var overdue = ListPage.Of(overduePage, OverduePerPage, summary.Count(DeliveryState.Overdue));
        return new DeliveryOverview
        {
            AsAt = date,
            PlanCount = plans.Total,
            Summary = summary,
            Providers = providers,
            Plans = [.. rows.Select(r => new PlanDeliveryRow(r.Id, r.Provider, r.Published, r.Closed, planSummaries[r.Id]))],
            PlansPage = plans,
            Overdue = await OverdueActions.PageAsync(db, date, overdue.Skip, overdue.Size, cancellation),
            OverduePage = overdue,
            Series = await DeliveryFigures.SeriesAsync(db, date, cancellation),
        };
    }
}
