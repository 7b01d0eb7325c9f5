using ActionPlans.Core.Access;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Features.Plans;

/// <summary>Who may see a plan's pages: the answer for someone who may not, or none when they may.</summary>
internal static class PlanAccess
{
    /// <summary>Not found for no plan; sign-in for the public at a plan not published; a logged refusal for another organisation's.</summary>
    public static IActionResult? RefusalOf(this PageModel page, ActionPlan? plan, ILogger log) =>
        page.RefusalOf(plan, log, static (viewer, p) => viewer.CanRead(p), "plan");

    /// <summary>As <see cref="RefusalOf(PageModel, ActionPlan?, ILogger)"/>, for what <paramref name="may"/> allows of the plan, named <paramref name="what"/> in the log.</summary>
    public static IActionResult? RefusalOf(this PageModel page, ActionPlan? plan, ILogger log, Func<Viewer, ActionPlan, bool> may, string what)
    {
        if (plan is null) return page.NotFound();
        var viewer = ViewerOf.Principal(page.User);
        if (may(viewer, plan)) return null;
        if (!viewer.SignedIn) return page.Challenge();
        log.LogWarning("{User} was refused the {What} of plan {PlanId}", page.User.Identity?.Name, what, plan.Id);
        return page.Forbid();
    }
}
