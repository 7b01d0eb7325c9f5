using ActionPlans.Core;
using ActionPlans.Core.Access;
using ActionPlans.Core.Plans.Workflow;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Features.Plans;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Features.Plans;

/// <summary>
/// The plan's way to publication: the coordinator submits (refused while the template's rules find errors);
/// the inspector comments, returns, accepts and publishes; the coordinator answers comments on a returned plan.
/// </summary>
public sealed class ReviewModel(PlanReview review, TimeProvider clock, ILogger<ReviewModel> log) : PageModel
{
    [BindProperty] public string? CommentText { get; set; }
    [BindProperty] public int? CommentOn { get; set; }

    public PlanWorkflow Workflow { get; private set; } = null!;

    /// <summary>The comment whose answer was sent and refused, to show the refusal and the words beside it.</summary>
    public (int CommentId, string? Reply)? Answering { get; private set; }
    public Viewer Viewer => ViewerOf.Principal(User);
    private DateOnly Today => clock.TodayInUk();
    private string Author => User.FindFirst(ServiceClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public Task<IActionResult> OnPostSubmitAsync(int id) => StepAsync(id, w => w.Submit(Viewer, Today), "Plan submitted to the inspectorate.");

    public Task<IActionResult> OnPostCommentAsync(int id) =>
        StepAsync(id, w => w.Comment(Viewer, Author, Today, CommentOn, CommentText ?? ""), "Comment added.");

    public Task<IActionResult> OnPostReturnAsync(int id) => StepAsync(id, w => w.Return(Viewer), "Plan returned to the coordinator with the comments.");

    public Task<IActionResult> OnPostAnswerAsync(int id, int commentId, string? reply)
    {
        Answering = (commentId, reply);
        return StepAsync(id, w => w.Answer(Viewer, w.Comments.First(c => c.Id == commentId), Today, reply), "Comment answered.");
    }

    public Task<IActionResult> OnPostAcceptAsync(int id) => StepAsync(id, w => w.Accept(Viewer), "Plan accepted.");

    public Task<IActionResult> OnPostPublishAsync(int id) => StepAsync(id, w => w.Publish(Viewer), "Plan published.");

    private async Task<IActionResult> StepAsync(int id, Action<PlanWorkflow> step, string notice)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        try
        {
            step(Workflow);
            await review.SaveAsync(Workflow);
        }
        catch (DomainRuleException e)
        {
            log.LogInformation("{User} could not move plan {PlanId}: {Reason}", User.Identity?.Name, id, e.Message);
            ModelState.AddModelError(e.About switch
            {
                nameof(ReviewComment.Text) => nameof(CommentText),
                nameof(ReviewComment.Reply) => $"reply-{Answering?.CommentId}",
                _ => "",
            }, e.Message);
            // A refused submission lists every item that blocks it, as the template's rules found them.
            if (Workflow.Plan.IsOpenForEditing)
                foreach (var error in Workflow.Check().Errors)
                    ModelState.AddModelError("", $"{(error.RecommendationNumber is { } n ? $"Recommendation {n}: " : "")}{error.Message}");
            return Page();
        }
        catch (InvalidOperationException)
        {
            return NotFound();
        }
        TempData["Notice"] = notice;
        return RedirectToPage("/Plans/Review", new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var workflow = await review.LoadAsync(id);
        if (await this.RefusalAsync(workflow?.Plan, Rules.ReadReview) is { } refused) return refused;
        Workflow = workflow!;
        return null;
    }
}
