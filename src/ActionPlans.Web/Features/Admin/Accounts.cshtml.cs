using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Admin;

/// <summary>The accounts of the service with their roles and whether they sign in with an authenticator app; an administrator resets a lost one.</summary>
public sealed class AccountsModel(ActionPlansDb db, UserManager<ServiceUser> users, IAuditActor actor, TimeProvider clock) : PageModel
{
    public sealed record Row(string Id, string Email, string Name, string Roles, bool TwoFactor);

    public IReadOnlyList<Row> Accounts { get; private set; } = [];

    /// <summary>The account whose authenticator was just reset, for the confirmation.</summary>
    public string? Reset { get; private set; }

    public async Task OnGetAsync() => Accounts = await RowsAsync();

    public async Task<IActionResult> OnPostResetAsync(string id)
    {
        var account = await users.FindByIdAsync(id);
        if (account is null) return NotFound();
        await AccountAudit.ChangeAsync(db, actor.Name, clock.GetUtcNow().UtcDateTime, account, "TwoFactor", account.TwoFactorEnabled ? "on" : "off", "reset", async () =>
        {
            // A new key makes the old app's codes useless; the person sets the app up again at their next sign-in.
            await users.SetTwoFactorEnabledAsync(account, false);
            await users.ResetAuthenticatorKeyAsync(account);
        });
        Reset = account.Email;
        Accounts = await RowsAsync();
        return Page();
    }

    private async Task<List<Row>> RowsAsync()
    {
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync();
        var accounts = await db.Users.OrderBy(u => u.Email).Select(u => new { u.Id, u.Email, u.DisplayName, u.TwoFactorEnabled }).ToListAsync();
        return accounts.Select(u => new Row(u.Id, u.Email ?? "", u.DisplayName,
            string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => r.Name).Order()), u.TwoFactorEnabled)).ToList();
    }
}
