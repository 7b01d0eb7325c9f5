using System.ComponentModel.DataAnnotations;
using ActionPlans.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Features.Accounts;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<ServiceUser> signIn, ILogger<SignInModel> log) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your email address"), EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com"), StringLength(256)]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter your password"), StringLength(200)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public const string NotRight = "The email address or password is not right, or the account is locked for 15 minutes after 5 failed attempts";

    public void OnGet() { }

    /// <summary>Where a person goes once signed in: back where they were, if that is on this service.</summary>
    internal static string Destination(IUrlHelper url, string? returnUrl) => url.IsLocalUrl(returnUrl) ? returnUrl! : url.Page("/Inspections/Index")!;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            log.LogInformation("{Email} signed in", Email);
            return LocalRedirect(Destination(Url, ReturnUrl));
        }
        if (result.RequiresTwoFactor) return RedirectToPage("/Accounts/TwoFactorSignIn", new { ReturnUrl });
        if (result.IsLockedOut) log.LogWarning("{Email} is locked out after repeated failed sign-ins", Email);
        // One answer whether the account does not exist, the password is wrong or the account is locked,
        // so that the page never tells which accounts exist.
        ModelState.AddModelError(nameof(Email), NotRight);
        return Page();
    }
}
