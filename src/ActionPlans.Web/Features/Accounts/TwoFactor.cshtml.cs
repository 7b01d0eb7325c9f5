using System.ComponentModel.DataAnnotations;
using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Features.Accounts;

/// <summary>
/// Setting up sign-in with an authenticator app: the shared key as text and as a QR code, a code from the
/// app to prove it works, then recovery codes shown once. Once it is on, new recovery codes can be made.
/// </summary>
public sealed class TwoFactorModel(UserManager<ServiceUser> users, SignInManager<ServiceUser> signIn, ActionPlansDb db,
    IAuditActor actor, TimeProvider clock, SecuritySettings security) : PageModel
{
    private const int RecoveryCodeCount = 10;

    [BindProperty, Required(ErrorMessage = "Enter the 6-digit code from your authenticator app"), StringLength(20)]
    public string Code { get; set; } = "";

    public bool IsOn { get; private set; }
    public bool Required { get; private set; }
    public string Key { get; private set; } = "";
    public string QrCode { get; private set; } = "";
    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Recovery codes just made: shown on this answer only, never again.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (user.TwoFactorEnabled) return RedirectToPage();
        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorCodes.Authenticator(Code) ?? Code))
            ModelState.AddModelError(nameof(Code), "The code is not right: enter the 6-digit code your app shows now for Inspection action plans");
        if (!ModelState.IsValid)
        {
            await ShowAsync(user);
            return Page();
        }

        await AccountAudit.ChangeAsync(db, actor.Name, clock.GetUtcNow().UtcDateTime, user, "TwoFactor", "off", "on", async () =>
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        });
        // The cookie now says the person signs in with an app, so the pages let them through.
        await signIn.RefreshSignInAsync(user);
        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!user.TwoFactorEnabled) return RedirectToPage();
        await AccountAudit.ChangeAsync(db, actor.Name, clock.GetUtcNow().UtcDateTime, user, "RecoveryCodes", "old", "new", async () =>
            NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []]);
        ModelState.Clear();
        await ShowAsync(user);
        return Page();
    }

    private async Task ShowAsync(ServiceUser user)
    {
        IsOn = user.TwoFactorEnabled;
        Required = security.RequireTwoFactor && SecuritySettings.StaffRoles.Any(User.IsInRole);
        if (IsOn)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        Key = string.Join(" ", key!.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        QrCode = AuthenticatorQrCode.Svg(AuthenticatorQrCode.Uri(user.Email ?? user.UserName ?? "", key!));
    }
}
