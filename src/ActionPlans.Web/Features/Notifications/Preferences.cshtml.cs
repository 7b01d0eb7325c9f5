using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Features.Notifications;

/// <summary>Each signed-in person chooses, for each kind of email their roles bring, to get it at once, in a daily digest, or not at all.</summary>
public sealed class PreferencesModel(UserManager<ServiceUser> users, NotificationPreferences preferences, ILogger<PreferencesModel> log) : PageModel
{
    /// <summary>The choice posted for each kind, by the kind's name.</summary>
    [BindProperty] public Dictionary<string, string> Choices { get; set; } = [];

    public IReadOnlyList<NotificationKind> Kinds { get; private set; } = [];
    public IReadOnlyDictionary<OutboxKind, NotificationChoice> Current { get; private set; } = new Dictionary<OutboxKind, NotificationChoice>();

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
        await ShowAsync(user);
        var chosen = new List<(OutboxKind, NotificationChoice)>();
        foreach (var kind in Kinds)
        {
            if (!Choices.TryGetValue(kind.Kind.ToString(), out var text)) continue;
            if (!Enum.TryParse<NotificationChoice>(text, out var choice) || !Enum.IsDefined(choice) || !kind.Choosable(choice))
            {
                ModelState.AddModelError($"choice-{kind.Kind}", $"Choose how you get emails about {kind.Name.ToLowerInvariant()}");
                continue;
            }
            chosen.Add((kind.Kind, choice));
        }
        if (!ModelState.IsValid) return Page();
        foreach (var (kind, choice) in chosen) await preferences.SetAsync(user.Id, kind, choice);
        log.LogInformation("{User} chose how to get {Count} kinds of email", user.Email, chosen.Count);
        TempData["Notice"] = "Your email choices are saved.";
        return RedirectToPage();
    }

    private async Task ShowAsync(ServiceUser user)
    {
        Kinds = NotificationKinds.For(await users.GetRolesAsync(user));
        Current = await preferences.OfAsync(user.Id);
    }

    public static string Words(NotificationChoice choice) => choice switch
    {
        NotificationChoice.Immediately => "Straight away",
        NotificationChoice.DailyDigest => "In one email a day (daily digest)",
        _ => "Not at all",
    };
}
