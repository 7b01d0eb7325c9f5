using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ActionPlans.Web.Infrastructure.Hosting;

/// <summary>
/// Answers a save that lost a race (<see cref="SaveConflict"/>) with the conflict page (409) on every page, so
/// two people moving a plan at once, or one form sent twice, get an answer instead of an error. Pages that can
/// show the other person's version catch the conflict themselves first.
/// </summary>
public sealed class SaveConflictFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not { } e || executed.ExceptionHandled || !SaveConflict.Is(e)) return;
        context.HttpContext.RequestServices.GetRequiredService<ILogger<SaveConflictFilter>>()
            .LogInformation("{User} lost a race saving {Path}: {Conflict}", context.HttpContext.User.Identity?.Name, context.HttpContext.Request.Path, e.GetType().Name);
        executed.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
        executed.ExceptionHandled = true;
    }
}
