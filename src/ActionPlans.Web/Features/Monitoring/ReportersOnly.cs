using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Authorization;
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
        var tracked = int.TryParse(route["planId"]?.ToString(), out var planId) && int.TryParse(route["actionId"]?.ToString(), out var actionId)
            ? await TrackedAction.LoadAsync(http.RequestServices.GetRequiredService<ActionPlansDb>(), planId, actionId)
            : null;
        context.Result = await http.RefusalAsync(tracked, Rules.ReportProgress);
    }
}
