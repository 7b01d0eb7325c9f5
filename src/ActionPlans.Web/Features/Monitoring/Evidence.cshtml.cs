using ActionPlans.Web.Features.Plans;
using ActionPlans.Web.Features.Publishing;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>
/// An evidence file, for the inspectorate and the bodies that answer its plan only (<see cref="Core.Access.Viewer.CanReadEvidenceFiles"/>):
/// files may name people on probation. It is always a download, with the type its content was recognised as and
/// never sniffed by the browser, so a file cannot run as a page of the service.
/// </summary>
public sealed class EvidenceModel(ActionPlansDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var found = await (
            from evidence in db.Evidence
            where evidence.Id == id && evidence.FileName != null
            join update in db.ProgressUpdates on evidence.ProgressUpdateId equals update.Id
            join action in db.Actions on update.PlannedActionId equals action.Id
            join answer in db.Responses on action.ResponseId equals answer.Id
            select new { Evidence = evidence, answer.ActionPlanId }).AsNoTracking().FirstOrDefaultAsync();
        if (found is null) return NotFound();
        var plan = await PlanExport.LoadAsync(db, found.ActionPlanId);
        if (await this.RefusalAsync(plan, Rules.ReadEvidence) is { } refused) return refused;
        var bytes = await db.EvidenceContents.Where(c => c.ProgressEvidenceId == id).Select(c => c.Bytes).FirstOrDefaultAsync();
        if (bytes is null) return NotFound();
        Response.Headers.ContentDisposition = found.Evidence.ContentDisposition;
        return File(bytes, found.Evidence.ContentType!);
    }
}
