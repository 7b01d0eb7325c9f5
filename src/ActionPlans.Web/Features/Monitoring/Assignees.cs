using ActionPlans.Core.Access;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>The accounts a coordinator may give an action to: action owners and coordinators of their own organisation.</summary>
public static class Assignees
{
    public static async Task<IReadOnlyList<ServiceUser>> OfAsync(ActionPlansDb db, int organisationId)
    {
        var reporting = from link in db.UserRoles
                        join role in db.Roles on link.RoleId equals role.Id
                        where role.Name == Role.ActionOwner || role.Name == Role.Coordinator
                        select link.UserId;
        return await db.Users.Where(u => u.OrganisationId == organisationId && reporting.Contains(u.Id))
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email).AsNoTracking().ToListAsync();
    }
}
