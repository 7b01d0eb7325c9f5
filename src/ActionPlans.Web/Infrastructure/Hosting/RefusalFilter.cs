using ActionPlans.Core;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Infrastructure.Hosting;

/// <summary>
/// What a page handler could not do, answered the same way on every page. A rule of the domain refused the change
/// (<see cref="DomainRuleException"/>): the page again, with the message beside the form field the rule is about (the
/// bound property named by <see cref="DomainRuleException.About"/>), else at the top; nothing is saved, since the
/// handler stopped before saving. A save that lost a race (<see cref="SaveConflict"/>): the conflict page (409), so two
/// people moving a plan at once, or one form sent twice, get an answer instead of an error. Pages that must name
/// another field, or show the other person's version, catch these themselves first.
/// </summary>
public sealed class RefusalFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not { } e || executed.ExceptionHandled) return;
        var http = context.HttpContext;
        var log = http.RequestServices.GetRequiredService<ILogger<RefusalFilter>>();
        if (e is DomainRuleException refusal && context.HandlerInstance is PageModel page)
        {
            log.LogInformation("{User} was refused at {Path}: {Reason}", http.User.Identity?.Name, http.Request.Path, refusal.Message);
            var field = context.ActionDescriptor.BoundProperties.Any(p => p.Name == refusal.About) ? refusal.About! : "";
            page.ModelState.AddModelError(field, refusal.Message);
            executed.Result = page.Page();
            executed.ExceptionHandled = true;
        }
        else if (SaveConflict.Is(e))
        {
            log.LogInformation("{User} lost a race saving {Path}: {Conflict}", http.User.Identity?.Name, http.Request.Path, e.GetType().Name);
            executed.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
            executed.ExceptionHandled = true;
        }
    }
}
