using System.ComponentModel.DataAnnotations;
using ActionPlans.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<ServiceUser> signIn, ILogger<SignInModel> log) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your email address"), EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com"), StringLength(256)]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter your password"), StringLength(200)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            log.LogInformation("{Email} signed in", Email);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/inspections");
        }
        if (result.IsLockedOut)
        {
            log.LogWarning("{Email} is locked out after repeated failed sign-ins", Email);
            ModelState.AddModelError(nameof(Email), "This account is locked after too many failed attempts. Try again in 15 minutes.");
        }
        else
        {
            ModelState.AddModelError(nameof(Email), "The email address or password is not right");
        }
        return Page();
    }
}
