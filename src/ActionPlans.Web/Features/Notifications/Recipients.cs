using ActionPlans.Core.Access;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Notifications;

/// <summary>The accounts an email goes to, by role and organisation; only accounts with an address.</summary>
public static class Recipients
{
    /// <summary>Everyone in the role; when organisations are given, only those acting for one of them.</summary>
    public static Task<List<ServiceUser>> InRoleAsync(ActionPlansDb db, string role, IReadOnlyCollection<int>? organisations = null, CancellationToken cancel = default)
    {
        var inRole = from link in db.UserRoles
                     join r in db.Roles on link.RoleId equals r.Id
                     where r.Name == role
                     select link.UserId;
        var users = db.Users.AsNoTracking().Where(u => inRole.Contains(u.Id) && u.Email != null);
        if (organisations is not null) users = users.Where(u => u.OrganisationId != null && organisations.Contains(u.OrganisationId.Value));
        return users.OrderBy(u => u.Email).ToListAsync(cancel);
    }

    public static Task<List<ServiceUser>> CoordinatorsOfAsync(ActionPlansDb db, IReadOnlyCollection<int> organisations, CancellationToken cancel = default) =>
        InRoleAsync(db, Role.Coordinator, organisations, cancel);

    public static Task<List<ServiceUser>> InspectorsAsync(ActionPlansDb db, CancellationToken cancel = default) => InRoleAsync(db, Role.Inspector, null, cancel);

    public static Task<List<ServiceUser>> AccountsAsync(ActionPlansDb db, IReadOnlyCollection<string> ids, CancellationToken cancel = default) =>
        db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Email != null).OrderBy(u => u.Email).ToListAsync(cancel);
}
