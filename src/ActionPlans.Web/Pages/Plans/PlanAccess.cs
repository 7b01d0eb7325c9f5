using ActionPlans.Core.Plans;
using ActionPlans.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Pages.Plans;

/// <summary>Who may see a plan's pages: the answer for someone who may not, or none when they may.</summary>
internal static class PlanAccess
{
    /// <summary>Not found for no plan; sign-in for the public at a plan not published; a logged refusal for another organisation's.</summary>
    public static IActionResult? RefusalOf(this PageModel page, ActionPlan? plan, ILogger log)
    {
        if (plan is null) return page.NotFound();
        var viewer = ViewerOf.Principal(page.User);
        if (viewer.CanRead(plan)) return null;
        if (!viewer.SignedIn) return page.Challenge();
        log.LogWarning("{User} was refused plan {PlanId} of another organisation", page.User.Identity?.Name, plan.Id);
        return page.Forbid();
    }
}
