using System.Globalization;
using ActionPlans.Core;
using ActionPlans.Core.Access;
using ActionPlans.Core.Plans;
using ActionPlans.Documents.Publishing.Progress;
using ActionPlans.Web.Identity;
using ActionPlans.Web.Pages.Shared;
using ActionPlans.Web.Persistence;
using ActionPlans.Web.Progress;
using ActionPlans.Web.Publishing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Pages.Plans;

/// <summary>
/// A plan's progress report as at a day the reader chooses (today unless they say), with its chart and
/// its documents; an inspector publishes it from here. Anyone who may read the plan may read the report.
/// </summary>
/// <remarks>The day's address is <c>?asAt=yyyy-MM-dd</c>; the day, month and year fields lead to it, so a report can be bookmarked and shared.</remarks>
[AllowAnonymous]
public sealed class ProgressReportModel(ActionPlansDb db, TimeProvider clock, DeliverySettings delivery, ILogger<ProgressReportModel> log) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateParts Date { get; set; } = new();

    public ActionPlan Plan { get; private set; } = null!;
    public DeliveryReport? Report { get; private set; }

    /// <summary>The report already published as at the day shown, if there is one.</summary>
    public ProgressReports.Listed? Published { get; private set; }

    public Viewer Viewer => ViewerOf.Principal(User);
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public static string Address(int id, DateOnly day) => $"/plans/{id}/progress-report?asAt={Iso(day)}";

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(int id, string? asAt)
    {
        if (await ReadableAsync(id) is { } refused) return refused;
        var fromForm = !Date.IsEmpty;
        if (Chosen(asAt) is not { } day) return Refused();
        if (fromForm) return Redirect(Address(id, day));
        Published = (await ProgressReports.OfPlanAsync(db, id)).FirstOrDefault(r => r.AsAt == day);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(int id, string? asAt, string? format)
    {
        if (!ProgressReports.TryParse(format, out var chosen)) return NotFound();
        if (await ReadableAsync(id) is { } refused) return refused;
        if (Chosen(asAt) is null) return Refused();
        var file = ProgressReports.Render(Report!, chosen);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, string? asAt)
    {
        if (await ReadableAsync(id) is { } refused) return refused;
        if (!Viewer.IsInspector)
        {
            log.LogWarning("{User} may not publish progress reports, plan {PlanId}", User.Identity?.Name, id);
            return Forbid();
        }
        if (Chosen(asAt) is not { } day) return Refused();
        try
        {
            var name = User.FindFirst(ServiceClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "";
            var published = await ProgressReports.PublishAsync(db, Plan, day, Today, delivery.DueSoon, clock.GetUtcNow().UtcDateTime, User.Identity?.Name ?? "", name);
            log.LogInformation("{User} published progress report {ReportId} on plan {PlanId} as at {AsAt}", User.Identity?.Name, published.Id, id, Iso(day));
            TempData["Notice"] = $"Progress report as at {Tags.Date(day)} published.";
            return Redirect($"/plans/{id}/progress-reports/{published.Id}");
        }
        catch (DomainRuleException e)
        {
            log.LogInformation("{User} could not publish a progress report on plan {PlanId} as at {AsAt}: {Reason}", User.Identity?.Name, id, Iso(day), e.Message);
            ModelState.AddModelError("", e.Message);
            Published = (await ProgressReports.OfPlanAsync(db, id)).FirstOrDefault(r => r.AsAt == day);
            return Refused();
        }
    }

    /// <summary>
    /// The day asked for, from the form's fields or else the address (today when neither says), with its report;
    /// null, with the reason recorded against the date field, when the day cannot be reported on.
    /// </summary>
    private DateOnly? Chosen(string? asAt)
    {
        DateOnly day;
        if (!Date.IsEmpty)
        {
            var (read, error) = Date.Read("the date");
            if (read is null) return Wrong(error!);
            day = read.Value;
        }
        else if (asAt is null) day = Today;
        else if (DateOnly.TryParseExact(asAt, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)) Date = DateParts.Of(day);
        else return Wrong($"The date in the address ({asAt}) must be a real date, written year-month-day");
        try
        {
            Report = ProgressReports.AsAt(Plan, day, Today, delivery.DueSoon);
        }
        catch (DomainRuleException e)
        {
            return Wrong(e.Message);
        }
        Date = DateParts.Of(day);
        return day;
    }

    private DateOnly? Wrong(string message)
    {
        ModelState.AddModelError(nameof(Date), message);
        return null;
    }

    /// <summary>The page again, saying what is wrong; the request could not be answered as asked.</summary>
    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> ReadableAsync(int id)
    {
        var plan = await ProgressReports.LoadPlanAsync(db, id);
        if (this.RefusalOf(plan, log) is { } refused) return refused;
        Plan = plan!;
        return null;
    }
}
