using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>
/// Refuses a post to an action's record from anyone who may not report on it before a byte of its form is read:
/// the form may carry up to <see cref="EvidenceUploadLimit.Bytes"/> of evidence, which nobody else should make the
/// service receive and buffer. The page checks again, with the finer rules of each form, once it has the form.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ReportersOnly : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    // Before the evidence limit (900) and the anti-forgery check (1000), both of which read the form.
    public int Order => 800;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) return;
        var route = context.RouteData.Values;
        if (!int.TryParse(route["planId"]?.ToString(), out var planId) || !int.TryParse(route["actionId"]?.ToString(), out var actionId))
        {
            context.Result = new NotFoundResult();
            return;
        }
        var tracked = await TrackedAction.LoadAsync(http.RequestServices.GetRequiredService<ActionPlansDb>(), planId, actionId);
        if (tracked is null)
        {
            context.Result = new NotFoundResult();
            return;
        }
        var viewer = ViewerOf.Principal(http.User);
        if (viewer.CanReport(tracked.Plan, tracked.Response, tracked.Action)) return;
        http.RequestServices.GetRequiredService<ILogger<ReportersOnly>>()
            .LogWarning("{User} was refused a post to action {ActionId} of plan {PlanId} before its form was read", http.User.Identity?.Name, actionId, planId);
        context.Result = viewer.SignedIn ? new ForbidResult() : new ChallengeResult();
    }
}
