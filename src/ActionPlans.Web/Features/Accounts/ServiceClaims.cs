using System.Security.Claims;
using ActionPlans.Core.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ActionPlans.Web.Features.Accounts;

/// <summary>Puts the organisation a person acts for, and their display name, into their sign-in cookie.</summary>
public sealed class ServiceClaims(UserManager<ServiceUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ServiceUser, IdentityRole>(users, roles, options)
{
    public const string Organisation = "organisation";
    public const string DisplayName = "display_name";

    /// <summary>Present when the person signs in with an authenticator app; kept current when the cookie is refreshed.</summary>
    public const string TwoFactor = "two_factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ServiceUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.OrganisationId is { } org) identity.AddClaim(new Claim(Organisation, org.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        if (user.TwoFactorEnabled) identity.AddClaim(new Claim(TwoFactor, "on"));
        return identity;
    }
}

public static class ViewerOf
{
    public static Viewer Principal(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return Viewer.Public;
        var roles = Role.All.Where(user.IsInRole).ToHashSet();
        var org = int.TryParse(user.FindFirstValue(ServiceClaims.Organisation), out var id) ? id : (int?)null;
        return new Viewer(roles, org, true) { UserId = user.FindFirstValue(ClaimTypes.NameIdentifier) };
    }
}
