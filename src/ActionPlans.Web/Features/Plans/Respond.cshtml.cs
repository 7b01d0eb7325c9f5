using ActionPlans.Core;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Plans.Checks;
using ActionPlans.Core.TargetDates;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Plans;

/// <summary>
/// A coordinator answers one recommendation: the response, its reasons, and its actions (add, change,
/// remove, reorder). The template's rules are shown for the recommendation after every save; a save made
/// on a stale copy is refused and the other person's version shown.
/// </summary>
public sealed class RespondModel(ActionPlansDb db, ILogger<RespondModel> log) : PageModel
{
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Narrative { get; set; }
    [BindProperty] public string? AgreedPart { get; set; }
    [BindProperty] public List<ReasonCategories> Reasons { get; set; } = [];
    [BindProperty] public string? Explanation { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public List<ActionForm> Actions { get; set; } = [];
    [BindProperty] public ActionForm Added { get; set; } = new();

    public ActionPlan Plan { get; private set; } = null!;
    public Response Answering { get; private set; } = null!;
    public IReadOnlyList<Finding> Findings { get; private set; } = [];
    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int number)
    {
        if (await LoadAsync(id, number) is { } refused) return refused;
        Show();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, int number)
    {
        if (await LoadAsync(id, number) is { } refused) return refused;
        Apply();
        return await SaveAsync(id, number);
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, int number, int actionId, int by)
    {
        if (await LoadAsync(id, number) is { } refused) return refused;
        Apply();
        if (ModelState.IsValid && Answering.Actions.FirstOrDefault(a => a.Id == actionId) is { } action)
            Answering.MoveAction(action, Math.Sign(by));
        return await SaveAsync(id, number);
    }

    private void Apply()
    {
        var kind = Enum.TryParse<ResponseKind>(Kind, out var k) && Enum.IsDefined(k) ? k : (ResponseKind?)null;
        // Adding, removing or moving an action changes the response as a whole: a second save from the same form is refused.
        db.ExpectWholeAtVersion(Answering, Version);
        Attempt("", nameof(Narrative), () => Answering.Answer(kind, Narrative, AgreedPart,
            Reasons.Aggregate(ReasonCategories.None, (all, r) => all | r), Explanation));
        foreach (var (form, index) in Actions.Select((f, i) => (f, i)))
        {
            var action = Answering.Actions.FirstOrDefault(a => a.Id == form.Id);
            if (action is null) continue;
            db.ExpectVersion(action, form.Version);
            if (form.Remove)
            {
                if (Attempt($"Actions[{index}].", nameof(ActionForm.Remove), () => Answering.RemoveAction(action))) db.Actions.Remove(action);
                continue;
            }
            Attempt($"Actions[{index}].", nameof(ActionForm.Text), () => action.Revise(form.Text ?? "", form.Owner, TargetDate.Parse(form.Target), form.Completed));
        }
        if (!string.IsNullOrWhiteSpace(Added.Text) || !string.IsNullOrWhiteSpace(Added.Owner) || !string.IsNullOrWhiteSpace(Added.Target))
            Attempt("Added.", nameof(ActionForm.Text), () => Answering.AddAction(Added.Text ?? "", Added.Owner, TargetDate.Parse(Added.Target), Added.Completed));
    }

    /// <summary>
    /// Makes a change, or records the domain's refusal beside the field it concerns: the field named by the refusal's
    /// <see cref="DomainRuleException.About"/> (or <paramref name="otherwise"/>) under <paramref name="prefix"/>.
    /// </summary>
    private bool Attempt(string prefix, string otherwise, Action change)
    {
        try
        {
            change();
            return true;
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(prefix + (e.About ?? otherwise), e.Message);
            return false;
        }
    }

    private async Task<IActionResult> SaveAsync(int id, int number)
    {
        if (!ModelState.IsValid)
        {
            Findings = PlanRules.Default.Check(Plan).For(number).ToList();
            return Page();
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            log.LogInformation("{User} saved recommendation {Number} of plan {PlanId} on a stale copy", User.Identity?.Name, number, id);
            var yours = Narrative;
            db.ChangeTracker.Clear();
            if (await LoadAsync(id, number) is { } refused) return refused;
            Conflict = yours;
            ModelState.Clear();
            ModelState.AddModelError("", "Someone else saved this response while you were working. Their version is shown below; your changes were not saved. Make them again on this version.");
            Show();
            return Page();
        }
        TempData["Notice"] = $"Response to recommendation {number} saved.";
        return RedirectToPage("/Plans/Respond", new { id, number });
    }

    /// <summary>Fills the form from the stored response.</summary>
    private void Show()
    {
        Kind = Answering.Kind?.ToString();
        Narrative = Answering.Narrative;
        AgreedPart = Answering.AgreedPart;
        Reasons = Enum.GetValues<ReasonCategories>().Where(r => r != ReasonCategories.None && Answering.Reasons.HasFlag(r)).ToList();
        Explanation = Answering.Explanation;
        Version = db.VersionOf(Answering);
        Actions = Answering.Actions.OrderBy(a => a.Position).Select(a => new ActionForm
        {
            Id = a.Id, Version = db.VersionOf(a), Text = a.Text, Owner = a.Owner,
            Target = a.Target == TargetDate.None ? null : a.Target.Text, Completed = a.CompletedAtSubmission,
        }).ToList();
        Added = new ActionForm();
        Findings = PlanRules.Default.Check(Plan).For(Answering.Recommendation.Number).ToList();
    }

    private async Task<IActionResult?> LoadAsync(int id, int number)
    {
        // With the monitoring record, so an action that has one is known and kept.
        var plan = await db.Plans.WithDeliveryRecord().FirstOrDefaultAsync(p => p.Id == id);
        var response = plan?.Responses.FirstOrDefault(r => r.Recommendation.Number == number);
        if (await this.RefusalAsync(response is null ? null : new PlanResponse(plan!, response), Rules.WriteResponse) is { } refused) return refused;
        Plan = plan!;
        Answering = response!;
        return null;
    }

    public sealed class ActionForm
    {
        public int Id { get; set; }
        public int Version { get; set; }
        public string? Text { get; set; }
        public string? Owner { get; set; }
        public string? Target { get; set; }
        public bool Completed { get; set; }
        public bool Remove { get; set; }
    }
}
