using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Ratings;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Inspections;

/// <summary>One inspection: its ratings as the rules read them, its figures and its recommendations. Published reports are public.</summary>
[AllowAnonymous]
public sealed class DetailsModel(ActionPlansDb db, TimeProvider clock) : PageModel
{
    public Inspection Inspection { get; private set; } = null!;
    public RatingsAssessment Ratings { get; private set; } = null!;
    public ActionPlan? Plan { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanStartPlan { get; private set; }

    /// <summary>Starts the inspection's one plan, with a response to fill for every recommendation.</summary>
    public async Task<IActionResult> OnPostStartPlanAsync(int id)
    {
        var loaded = await OnGetAsync(id);
        if (loaded is not PageResult) return loaded;
        if (!CanStartPlan) return Forbid();
        var plan = new ActionPlan(Inspection);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        TempData["Notice"] = "Action plan started: write the response to each recommendation.";
        return RedirectToPage("/Plans/Details", new { id = plan.Id });
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var inspection = await db.Inspections
            .Include(i => i.Provider)
            .Include(i => i.Standards).ThenInclude(s => s.KeyQuestions)
            .Include(i => i.Recommendations).ThenInclude(r => r.Addressee)
            .Include(i => i.Recommendations).ThenInclude(r => r.RepeatedFrom)
            .Include(i => i.PreviousRecommendations)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == id);
        if (inspection is null) return NotFound();
        var viewer = ViewerOf.Principal(User);
        if (!viewer.CanRead(inspection, DateOnly.FromDateTime(clock.GetLocalNow().Date)))
            return viewer.SignedIn ? Forbid() : Challenge();
        Inspection = inspection;
        Ratings = RatingsAssessment.Of(inspection, Frameworks.Load(inspection.FrameworkId));
        CanEdit = viewer.IsInspector;
        var plan = await db.Plans.Include(p => p.Inspection)
            .Include(p => p.Responses).ThenInclude(r => r.Recommendation)
            .Include(p => p.Responses).ThenInclude(r => r.Actions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.InspectionId == id);
        Plan = plan is not null && viewer.CanRead(plan) ? plan : null;
        CanStartPlan = plan is null && inspection.Recommendations.Count > 0 && viewer.CanStartPlan(inspection);
        return Page();
    }
}
