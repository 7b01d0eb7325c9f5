using System.Security.Claims;
using ActionPlans.Web.Infrastructure.Hosting;

namespace ActionPlans.Web.Features.Accounts;

/// <summary>
/// When two-factor sign-in is required, inspectors and administrators who have not set up an
/// authenticator app are sent to set it up before anything else; they may still sign out.
/// </summary>
public sealed class TwoFactorGate(RequestDelegate next, SecuritySettings settings)
{
    public const string SetUpPath = "/account/two-factor";

    private static readonly PathString[] Open = [SetUpPath, "/sign-out", "/error", "/health"];

    public Task InvokeAsync(HttpContext context)
    {
        if (!settings.RequireTwoFactor || !MustSetUp(context.User) || Open.Any(p => context.Request.Path.StartsWithSegments(p)))
            return next(context);
        context.Response.Redirect(SetUpPath);
        return Task.CompletedTask;
    }

    public static bool MustSetUp(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && SecuritySettings.StaffRoles.Any(user.IsInRole) && !user.HasClaim(c => c.Type == ServiceClaims.TwoFactor);
}
