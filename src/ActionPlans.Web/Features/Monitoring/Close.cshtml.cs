using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>
/// An inspector ends the monitoring of a plan being delivered, after confirming: the plan is closed
/// today and its actions take no more updates or revised targets.
/// </summary>
[Authorize(Policy = nameof(CloseMonitoring))]
public sealed class CloseModel(ActionPlansDb db, TimeProvider clock, DeliverySettings delivery, ILogger<CloseModel> log) : PageModel
{
    public ActionPlan Plan { get; private set; } = null!;

    /// <summary>How the plan stands today, as it will stay on record.</summary>
    public DeliverySummary Summary { get; private set; } = null!;

    public DateOnly Today => clock.TodayInUk();

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        try
        {
            Plan.Close(Today);
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            log.LogInformation("{User} closed plan {PlanId} while it was being changed", User.Identity?.Name, id);
            ModelState.AddModelError("", "The plan was changed while you were looking at it. Check its delivery and close it again.");
            return Page();
        }
        log.LogInformation("{User} closed the monitoring of plan {PlanId}", User.Identity?.Name, id);
        TempData["Notice"] = $"Monitoring closed on {DateWords.Day(Today)}.";
        return RedirectToPage("/Monitoring/PlanDelivery", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var plan = await db.Plans.WithDeliveryRecord().FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null) return false;
        Plan = plan;
        Summary = PlanDelivery.AsAt(plan, Today, delivery.DueSoon).Summary;
        return true;
    }
}
