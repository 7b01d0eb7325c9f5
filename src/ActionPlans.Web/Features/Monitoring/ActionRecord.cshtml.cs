using ActionPlans.Core;
using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Features.Shared;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>
/// One action's monitoring record: the targets agreed and revised, the updates newest first, and the
/// forms to report progress with evidence, to revise the target and to assign the action. Every refusal
/// is the domain's, shown beside its field, with nothing saved; a form made before someone else's change
/// is refused and the record shown as it now stands.
/// </summary>
[ReportersOnly]
[EvidenceUploadLimit]
public sealed class ActionRecordModel(ActionPlansDb db, TimeProvider clock, DeliverySettings delivery, ILogger<ActionRecordModel> log) : PageModel
{
    private static readonly EvidencePolicy Policy = new();

    [BindProperty] public string? Status { get; set; }
    [BindProperty] public DateParts On { get; set; } = new();
    [BindProperty] public string? Narrative { get; set; }
    [BindProperty] public DateParts CompletedOn { get; set; } = new();
    [BindProperty] public string? Links { get; set; }
    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    [BindProperty] public string? NewTarget { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? AssignTo { get; set; }
    [BindProperty] public int Version { get; set; }

    public TrackedAction Tracked { get; private set; } = null!;
    public ActionDelivery Standing { get; private set; } = null!;

    /// <summary>Why the action takes no updates today; null while it takes them.</summary>
    public string? Closed { get; private set; }

    /// <summary>The name of the account the action is assigned to, if any.</summary>
    public string? Assignee { get; private set; }

    /// <summary>The accounts this coordinator may assign the action to; empty for anyone else.</summary>
    public IReadOnlyList<ServiceUser> Assignable { get; private set; } = [];

    public DateOnly Today => clock.TodayInUk();
    public bool MayReport { get; private set; }
    public bool MayAssign { get; private set; }
    private string Author => User.FindFirst(ServiceClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(int planId, int actionId)
    {
        if (await LoadAsync(planId, actionId) is { } refused) return refused;
        On = DateParts.Of(Today);
        Version = db.VersionOf(Tracked.Action);
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(int planId, int actionId)
    {
        if (await LoadAsync(planId, actionId, report: true) is { } refused) return refused;
        if (Closed is { } closed) return Refused("", closed);

        var status = Enum.TryParse<DeliveryStatus>(Status, out var s) && Enum.IsDefined(s) ? s : (DeliveryStatus?)null;
        if (status is null) ModelState.AddModelError(nameof(Status), "Select the status of the action");
        var on = Date(On, nameof(On), "the date of the update", required: true);
        var completedOn = Date(CompletedOn, nameof(CompletedOn), "the completion date", required: false);
        var evidence = await OfferedEvidence.ReadAsync(Policy, Links, Files);
        foreach (var error in evidence.LinkErrors) ModelState.AddModelError(nameof(Links), error);
        foreach (var error in evidence.FileErrors) ModelState.AddModelError(nameof(Files), error);
        if (!ModelState.IsValid || status is null || on is null) return Page();

        try
        {
            Tracked.Progress.Record(new UpdateContent(on.Value, status.Value, Narrative ?? "", Author, completedOn, evidence.Evidence), Today);
        }
        catch (DomainRuleException e)
        {
            return Refused(UpdateFieldOf(e.About), e.Message);
        }
        evidence.KeepFiles(db, Tracked.Action.Updates[^1]);
        return await SaveAsync(planId, actionId, "Update recorded.");
    }

    public async Task<IActionResult> OnPostReviseAsync(int planId, int actionId)
    {
        if (await LoadAsync(planId, actionId, report: true) is { } refused) return refused;
        if (Closed is { } closed) return Refused("", closed);
        try
        {
            Tracked.Progress.ReviseTarget(TargetDate.Parse(NewTarget), Reason ?? "", Today, Author, Today);
        }
        catch (DomainRuleException e)
        {
            return Refused(e.About == nameof(TargetRevision.Reason) ? nameof(Reason) : nameof(NewTarget), e.Message);
        }
        return await SaveAsync(planId, actionId, "Target date revised.");
    }

    public async Task<IActionResult> OnPostAssignAsync(int planId, int actionId)
    {
        if (await LoadAsync(planId, actionId) is { } refused) return refused;
        if (await this.RefusalAsync(Tracked, Rules.AssignAction) is { } notAssigner) return notAssigner;
        var chosen = string.IsNullOrEmpty(AssignTo) ? null : Assignable.FirstOrDefault(u => u.Id == AssignTo);
        if (!string.IsNullOrEmpty(AssignTo) && chosen is null)
            return Refused(nameof(AssignTo), "Choose an action owner or coordinator of your organisation from the list");
        Tracked.Action.AssignTo(chosen?.Id);
        return await SaveAsync(planId, actionId, chosen is null ? "The action is no longer assigned." : $"Action assigned to {chosen.DisplayName}.");
    }

    /// <summary>The form field that holds the value a refused update's rule concerns; none for the update as a whole.</summary>
    private static string UpdateFieldOf(string? about) => about switch
    {
        nameof(UpdateContent.Evidence) => nameof(Links),
        nameof(UpdateContent.Narrative) => nameof(Narrative),
        nameof(UpdateContent.CompletedOn) => nameof(CompletedOn),
        nameof(UpdateContent.On) => nameof(On),
        _ => "",
    };

    private DateOnly? Date(DateParts parts, string field, string what, bool required)
    {
        var (date, error) = parts.Read(what);
        if (error is not null) ModelState.AddModelError(field, error);
        else if (date is null && required) ModelState.AddModelError(field, $"Enter {what}");
        return date;
    }

    private PageResult Refused(string field, string message)
    {
        log.LogInformation("{User} was refused on action {ActionId}: {Reason}", User.Identity?.Name, Tracked.Action.Id, message);
        ModelState.AddModelError(field, message);
        return Page();
    }

    private async Task<IActionResult> SaveAsync(int planId, int actionId, string notice)
    {
        Tracked.ExpectVersion(db, Version);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            log.LogInformation("{User} sent a stale form for action {ActionId}", User.Identity?.Name, actionId);
            db.ChangeTracker.Clear();
            if (await LoadAsync(planId, actionId) is { } refused) return refused;
            Version = db.VersionOf(Tracked.Action);
            ModelState.Clear();
            ModelState.AddModelError("", "Someone else changed this action while you were working, so nothing you sent was saved. "
                + "The record below is as it stands now; check it, then send your changes again (choose any files again).");
            return Page();
        }
        TempData["Notice"] = notice;
        return RedirectToPage("/Monitoring/ActionRecord", new { planId, actionId });
    }

    private async Task<IActionResult?> LoadAsync(int planId, int actionId, bool report = false)
    {
        var tracked = await TrackedAction.LoadAsync(db, planId, actionId);
        if (await this.RefusalAsync(tracked, report ? Rules.ReportProgress : Rules.FollowAction) is { } refused) return refused;
        Tracked = tracked!;
        MayReport = report || await HttpContext.MayAsync(Tracked, Rules.ReportProgress);
        MayAssign = await HttpContext.MayAsync(Tracked, Rules.AssignAction);

        Standing = Tracked.Progress.AsAt(Today, delivery.DueSoon);
        Closed = Tracked.Progress.ClosedToUpdates(Today);
        if (Tracked.Action.AssignedTo is { } assigned)
            Assignee = await db.Users.Where(u => u.Id == assigned).Select(u => u.DisplayName).FirstOrDefaultAsync() ?? "an account that no longer exists";
        if (MayAssign && ViewerOf.Principal(User).OrganisationId is { } organisation) Assignable = await Assignees.OfAsync(db, organisation);
        return null;
    }
}
