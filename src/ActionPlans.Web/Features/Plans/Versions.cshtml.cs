using ActionPlans.Core.Plans.Versions;
using ActionPlans.Web.Features.Plans;
using ActionPlans.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Features.Plans;

/// <summary>Two submitted versions of a plan side by side, each change marked word by word.</summary>
public sealed class VersionsModel(PlanReview review) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? From { get; set; }
    [BindProperty(SupportsGet = true)] public int? To { get; set; }

    public int PlanId { get; private set; }
    public string Provider { get; private set; } = "";
    public IReadOnlyList<PlanVersion> All { get; private set; } = [];
    public VersionChanges? Changes { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var workflow = await review.LoadAsync(id);
        if (await this.RefusalAsync(workflow?.Plan, Rules.ReadReview) is { } refused) return refused;
        PlanId = id;
        Provider = workflow!.Plan.Inspection.Provider.Name;
        All = workflow.Versions;
        if (All.Count < 2) return Page();
        From ??= All[^2].Number;
        To ??= All[^1].Number;
        var before = All.FirstOrDefault(v => v.Number == From);
        var after = All.FirstOrDefault(v => v.Number == To);
        if (before is null || after is null) return NotFound();
        Changes = VersionComparison.Compare(before, after);
        return Page();
    }
}
