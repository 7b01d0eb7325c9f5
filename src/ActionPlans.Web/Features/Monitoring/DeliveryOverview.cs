using ActionPlans.Core.Organisations;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>One provider's plans being delivered, summed.</summary>
public sealed record ProviderDelivery(Organisation Provider, int Plans, DeliverySummary Summary);

/// <summary>
/// Every plan being delivered (accepted or published) as known on one day: the totals, each provider's,
/// the overdue actions oldest first and the actions planned against completed per month across all plans.
/// </summary>
public sealed class DeliveryOverview
{
    private DeliveryOverview(DateOnly asAt, IReadOnlyList<PlanDelivery> plans, DeliverySeries series)
    {
        AsAt = asAt;
        Plans = plans;
        Summary = DeliverySummary.Combine(plans.Select(p => p.Summary));
        var planCounts = plans.GroupBy(p => p.Plan.Inspection.Provider).ToDictionary(g => g.Key, g => g.Count());
        Providers = PlanDelivery.PerProvider(plans)
            .Select(p => new ProviderDelivery(p.Key, planCounts[p.Key], p.Value))
            .OrderBy(p => p.Provider.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        Overdue = OverdueActions.Of(plans);
        Series = series;
    }

    public DateOnly AsAt { get; }
    public IReadOnlyList<PlanDelivery> Plans { get; }
    public DeliverySummary Summary { get; }
    public IReadOnlyList<ProviderDelivery> Providers { get; }
    public IReadOnlyList<OverdueAction> Overdue { get; }
    public DeliverySeries Series { get; }

    public static async Task<DeliveryOverview> AsAtAsync(ActionPlansDb db, DateOnly date, DueSoonWindow window)
    {
        // Identity resolution: plans of one provider must share its Organisation to be summed together.
        var stored = await db.Plans.BeingDelivered().WithDeliveryRecord().AsNoTrackingWithIdentityResolution().ToListAsync();
        var plans = stored.Select(p => PlanDelivery.AsAt(p, date, window))
            .OrderBy(p => p.Plan.Inspection.Provider.Name, StringComparer.OrdinalIgnoreCase).ThenByDescending(p => p.Plan.Inspection.Published)
            .ToList();
        return new DeliveryOverview(date, plans, DeliverySeries.Sum(plans.Select(p => p.Series).ToList(), date));
    }
}
