using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features;

/// <summary>The public list of published plans, filtered by provider, year of the report and state of delivery.</summary>
[AllowAnonymous]
public sealed class IndexModel(ActionPlansDb db, TimeProvider clock, DeliverySettings delivery) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Provider { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public DeliveryFilter? Delivery { get; set; }

    public IReadOnlyList<PublishedPlanRow> Plans { get; private set; } = [];
    public IReadOnlyList<string> Providers { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = clock.TodayInUk();
        var plans = await db.Plans.Where(p => p.Status == PlanStatus.Published).WithDeliveryRecord().ToListAsync();
        Providers = plans.Select(p => p.Inspection.Provider.Name).Distinct().Order().ToList();
        Years = plans.Select(p => p.Inspection.Published?.Year).OfType<int>().Distinct().OrderDescending().ToList();
        Plans = plans
            .Where(p => string.IsNullOrEmpty(Provider) || p.Inspection.Provider.Name == Provider)
            .Where(p => Year is null || p.Inspection.Published?.Year == Year)
            .Select(p => new PublishedPlanRow(p, PlanDelivery.AsAt(p, today, delivery.DueSoon).Summary))
            .Where(r => Delivery switch
            {
                DeliveryFilter.Overdue => r.Delivery.WorstRag == Rag.Red,
                DeliveryFilter.InProgress => r.Delivery.WorstRag != Rag.Red && r.Delivery.ShareDelivered is < 1,
                DeliveryFilter.Delivered => r.Delivery.ShareDelivered is 1,
                _ => true,
            })
            .OrderByDescending(r => r.Plan.Inspection.Published)
            .ToList();
    }

    public enum DeliveryFilter
    {
        Overdue,
        InProgress,
        Delivered,
    }

    public sealed record PublishedPlanRow(ActionPlan Plan, DeliverySummary Delivery);
}
