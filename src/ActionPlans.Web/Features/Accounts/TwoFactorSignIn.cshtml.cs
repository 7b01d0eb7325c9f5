using System.ComponentModel.DataAnnotations;
using ActionPlans.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Features.Accounts;

/// <summary>The second step of signing in, after the password: a code from the authenticator app, or a recovery code.</summary>
[AllowAnonymous]
public sealed class TwoFactorSignInModel(SignInManager<ServiceUser> signIn, ILogger<TwoFactorSignInModel> log) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter the code from your authenticator app, or a recovery code"), StringLength(40)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Accounts/SignIn", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        // The password step is remembered for a few minutes only; after that, start again.
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Accounts/SignIn", new { ReturnUrl });
        if (!ModelState.IsValid) return Page();

        var result = AuthenticatorCodes.Authenticator(Code) is { } code
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(AuthenticatorCodes.Recovery(Code));
        if (result.Succeeded)
        {
            log.LogInformation("{Email} signed in with a second factor", user.Email);
            return LocalRedirect(SignInModel.Destination(Url, ReturnUrl));
        }
        if (result.IsLockedOut) log.LogWarning("{Email} is locked out after repeated wrong codes", user.Email);
        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? "This account is locked for 15 minutes after too many wrong codes"
            : "The code is not right: enter the 6-digit code your app shows now, or an unused recovery code");
        return Page();
    }
}
