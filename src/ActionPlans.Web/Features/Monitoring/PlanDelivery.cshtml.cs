using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Features.Shared;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using Microsoft.AspNetCore.Authorization;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>
/// How a plan's actions stand as at a day: the summary and bar, the monthly chart, and each recommendation
/// with its actions' states and latest updates. Whoever may read the plan may see it.
/// </summary>
[AllowAnonymous]
public sealed class PlanDeliveryModel(ActionPlansDb db, TimeProvider clock, DeliverySettings delivery) : PageModel
{
    public ActionPlan Plan { get; private set; } = null!;

    /// <summary>The plan as at the day asked about; null while the plan is not yet being delivered.</summary>
    public PlanDelivery? Delivery { get; private set; }

    public AsAtDay AsAt { get; private set; } = null!;

    /// <summary>An inspector may close the monitoring of a plan being delivered, once.</summary>
    public bool CanClose { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await db.Plans.WithDeliveryRecord().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (await this.RefusalAsync(plan, Rules.ReadPlan) is { } refused) return refused;
        Plan = plan!;
        var today = clock.TodayInUk();
        AsAt = AsAtDay.Read(this, today);
        if (!Plan.IsBeingDelivered) return Page();
        AsAt = AsAt.Within(this, Plan, today);
        Delivery = PlanDelivery.AsAt(Plan, AsAt.Date, delivery.DueSoon);
        CanClose = Plan.Closed is null && await HttpContext.MayAsync(null, Rules.CloseMonitoring);
        return Page();
    }
}
