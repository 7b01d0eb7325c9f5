using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Ratings;
using ActionPlans.Web.Features.Cases;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using ActionPlans.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Inspections;

/// <summary>One inspection: its ratings as the rules read them, its figures and its recommendations. Published reports are public.</summary>
[AllowAnonymous]
public sealed class DetailsModel(ActionPlansDb db) : PageModel
{
    public Inspection Inspection { get; private set; } = null!;
    public RatingsAssessment Ratings { get; private set; } = null!;
    public ActionPlan? Plan { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanStartPlan { get; private set; }

    /// <summary>The case sample's size beside the one its population needs; inspectors' only.</summary>
    public CaseSampleSummary? Cases { get; private set; }

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
        if (await this.RefusalAsync(inspection, Rules.ReadInspection) is { } refused) return refused;
        Inspection = inspection!;
        Ratings = RatingsAssessment.Of(Inspection, Frameworks.Load(Inspection.FrameworkId));
        CanEdit = await HttpContext.MayAsync(null, Rules.RecordInspections);
        if (CanEdit) Cases = await CaseSampleSummary.OfAsync(db, id);
        var plan = await db.Plans.Include(p => p.Inspection)
            .Include(p => p.Responses).ThenInclude(r => r.Recommendation)
            .Include(p => p.Responses).ThenInclude(r => r.Actions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.InspectionId == id);
        Plan = plan is not null && await HttpContext.MayAsync(plan, Rules.ReadPlan) ? plan : null;
        CanStartPlan = plan is null && Inspection.Recommendations.Count > 0 && await HttpContext.MayAsync(Inspection, Rules.StartPlan);
        return Page();
    }
}
