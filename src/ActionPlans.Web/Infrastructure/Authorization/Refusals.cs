using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Infrastructure.Authorization;

/// <summary>
/// The one answer to a person the rules refuse: not found when there is no such thing; sign-in for the public at
/// something not public (<see cref="AccessRule.Reading"/>); otherwise 403, logged as a warning.
/// </summary>
public static class Refusals
{
    /// <summary>Whether this person may do what <paramref name="rule"/> says with the resource.</summary>
    public static async Task<bool> MayAsync(this HttpContext http, object? resource, AccessRule rule) =>
        (await http.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, resource, rule)).Succeeded;

    /// <summary>The answer for someone the rule refuses the resource (null for none, which is not found); null when they may.</summary>
    public static async Task<IActionResult?> RefusalAsync(this HttpContext http, object? resource, AccessRule rule)
    {
        if (resource is null) return new NotFoundResult();
        if (await http.MayAsync(resource, rule)) return null;
        if (rule.Reading && http.User.Identity?.IsAuthenticated != true) return new ChallengeResult();
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Refusals).FullName!)
            .LogWarning("{User} was refused {Rule}: {Method} {Path}", http.User.Identity?.Name, rule, http.Request.Method, http.Request.Path);
        return new ForbidResult();
    }

    /// <inheritdoc cref="RefusalAsync(HttpContext, object?, AccessRule)"/>
    public static Task<IActionResult?> RefusalAsync(this PageModel page, object? resource, AccessRule rule) => page.HttpContext.RefusalAsync(resource, rule);
}
