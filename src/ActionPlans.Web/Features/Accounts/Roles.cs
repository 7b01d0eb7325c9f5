using Microsoft.AspNetCore.Identity;

namespace ActionPlans.Web.Features.Accounts;

/// <summary>The roles of ActionPlans.Core.Access.Role as Identity rows, created the first time one is given.</summary>
public static class Roles
{
    public static async Task EnsureAsync(IServiceProvider services, string role)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
    }
}
