using ActionPlans.Core.Plans;
using ActionPlans.Web.Identity;
using ActionPlans.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Pages.Plans;

/// <summary>A plan in the template's six columns. Anyone may read a published plan; drafts only those who work on them.</summary>
[AllowAnonymous]
public sealed class DetailsModel(ActionPlansDb db, ILogger<DetailsModel> log) : PageModel
{
    public ActionPlan Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await db.Plans
            .Include(p => p.Inspection).ThenInclude(i => i.Provider)
            .Include(p => p.Responses).ThenInclude(r => r.Recommendation).ThenInclude(r => r.Addressee)
            .Include(p => p.Responses).ThenInclude(r => r.Actions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null) return NotFound();
        var viewer = ViewerOf.Principal(User);
        if (!viewer.CanRead(plan))
        {
            if (!viewer.SignedIn) return Challenge();
            log.LogWarning("{User} was refused plan {PlanId} of another organisation", User.Identity?.Name, id);
            return Forbid();
        }
        Plan = plan;
        return Page();
    }
}
