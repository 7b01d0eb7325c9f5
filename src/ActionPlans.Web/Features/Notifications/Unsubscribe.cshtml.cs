using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Features.Notifications;

/// <summary>
/// The link at the foot of every email. It works without signing in: the signed token says whose and which kind.
/// Opening it asks to confirm (a mail scanner that follows links must not unsubscribe anyone); a POST unsubscribes,
/// which is also what a mail program's one-click unsubscribe sends (RFC 8058), with no sign-in and no anti-forgery
/// token — the token in the address is the proof.
/// </summary>
[AllowAnonymous]
// After the service's own validation filter (order 1000), so that this policy is the one in force.
[IgnoreAntiforgeryToken(Order = 1001)]
public sealed class UnsubscribeModel(UnsubscribeLinks links, NotificationPreferences preferences, UserManager<ServiceUser> users, ILogger<UnsubscribeModel> log) : PageModel
{
    public NotificationKind? Kind { get; private set; }
    public bool Done { get; private set; }
    public bool Refused { get; private set; }

    /// <summary>What the token turns off: its kind, or for the daily digest every kind now gathered in it.</summary>
    public string What => Kind?.Name.ToLowerInvariant() ?? "the emails gathered in your daily digest";

    public async Task<IActionResult> OnGetAsync(string token) => await ReadAsync(token) is { } _ ? Page() : RefusedPage();

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await ReadAsync(token) is not { } request) return RefusedPage();
        var kinds = request.Kind == OutboxKind.DailyDigest
            ? (await preferences.OfAsync(request.UserId)).Where(c => c.Value == NotificationChoice.DailyDigest).Select(c => c.Key).ToList()
            : [request.Kind];
        foreach (var kind in kinds.Where(k => NotificationKinds.Of(k) is { CanTurnOff: true }))
            await preferences.SetAsync(request.UserId, kind, NotificationChoice.Off);
        log.LogInformation("Account {UserId} unsubscribed from {Kind} by link", request.UserId, request.Kind);
        Done = true;
        return Page();
    }

    private async Task<UnsubscribeRequest?> ReadAsync(string token)
    {
        var request = links.Read(token);
        // A link for a kind that cannot be turned off, or for an account since removed, is no link at all.
        if (request is null || (request.Kind != OutboxKind.DailyDigest && NotificationKinds.Of(request.Kind) is not { CanTurnOff: true })
            || await users.FindByIdAsync(request.UserId) is null)
            return null;
        Kind = NotificationKinds.Of(request.Kind);
        return request;
    }

    private IActionResult RefusedPage()
    {
        Refused = true;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
