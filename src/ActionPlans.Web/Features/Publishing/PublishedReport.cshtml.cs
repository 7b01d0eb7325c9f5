using ActionPlans.Core.Plans;
using ActionPlans.Documents.Publishing.Progress;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Publishing;
using Microsoft.AspNetCore.Authorization;
using ActionPlans.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using ActionPlans.Web.Features.Plans;

namespace ActionPlans.Web.Features.Publishing;

/// <summary>
/// A published progress report at its lasting address, shown and downloaded from the JSON kept when it was
/// published, so what is recorded later never changes it. Readable by whoever may read the plan.
/// </summary>
[AllowAnonymous]
public sealed class PublishedReportModel(ActionPlansDb db) : PageModel
{
    public ActionPlan Plan { get; private set; } = null!;
    public int ReportId { get; private set; }
    public ProgressReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int reportId) => await LoadAsync(id, reportId) ?? Page();

    public async Task<IActionResult> OnGetDownloadAsync(int id, int reportId, string? format)
    {
        if (!ProgressReports.TryParse(format, out var chosen)) return NotFound();
        if (await LoadAsync(id, reportId) is { } refused) return refused;
        var file = ProgressReports.Render(Report, chosen);
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult?> LoadAsync(int id, int reportId)
    {
        var plan = await PlanExport.LoadAsync(db, id);
        if (await this.RefusalAsync(plan, Rules.ReadPlan) is { } refused) return refused;
        var json = await db.ProgressReports.Where(r => r.Id == reportId && r.ActionPlanId == id).Select(r => r.Json).FirstOrDefaultAsync();
        if (json is null) return NotFound();
        Plan = plan!;
        ReportId = reportId;
        Report = ProgressReportJson.Read(json);
        return null;
    }
}
