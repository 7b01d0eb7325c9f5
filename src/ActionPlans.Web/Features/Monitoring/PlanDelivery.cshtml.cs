using ActionPlans.Core.Access;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Features.Shared;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>
/// How a plan's actions stand as at a day: the summary and bar, the monthly chart, and each recommendation
/// with its actions' states and latest updates. Whoever may read the plan may see it.
/// </summary>
[AllowAnonymous]
public sealed class PlanDeliveryModel(ActionPlansDb db, TimeProvider clock, DeliverySettings delivery, ILogger<PlanDeliveryModel> log) : PageModel
{
    public ActionPlan Plan { get; private set; } = null!;

    /// <summary>The plan as at the day asked about; null while the plan is not yet being delivered.</summary>
    public PlanDelivery? Delivery { get; private set; }

    public AsAtDay AsAt { get; private set; } = null!;

    public Viewer Viewer => ViewerOf.Principal(User);

    /// <summary>An inspector may close the monitoring of a plan being delivered, once.</summary>
    public bool CanClose => Viewer.IsInspector && Delivery is not null && Plan.Closed is null;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await db.Plans.WithDeliveryRecord().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null) return NotFound();
        if (!Viewer.CanRead(plan))
        {
            if (!Viewer.SignedIn) return Challenge();
            log.LogWarning("{User} was refused the delivery of plan {PlanId} of another organisation", User.Identity?.Name, id);
            return Forbid();
        }
        Plan = plan;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        AsAt = AsAtDay.Read(this, today);
        if (!plan.IsBeingDelivered) return Page();
        AsAt = AsAt.Within(this, plan, today);
        Delivery = PlanDelivery.AsAt(plan, AsAt.Date, delivery.DueSoon);
        return Page();
    }
}
