using ActionPlans.Core.Progress;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Reminders;
using ActionPlans.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Admin;

/// <summary>The email outbox for administrators: what was queued, sent or is failing and why, with a way to try a failing message again now.</summary>
public sealed class OutboxModel(ActionPlansDb db, EmailSettings email, TimeProvider clock) : PageModel
{
    public const int Shown = 200;

    [BindProperty(SupportsGet = true)] public string? State { get; set; }

    public OutboxState? Filter { get; private set; }
    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];
    public int Total { get; private set; }
    public bool EmailOn => email.Enabled;

    public async Task OnGetAsync()
    {
        Filter = Enum.TryParse<OutboxState>(State, ignoreCase: true, out var state) && Enum.IsDefined(state) ? state : null;
        var query = Filter is { } chosen ? db.Outbox.InState(chosen) : db.Outbox;
        Total = await query.CountAsync();
        Messages = await query.OrderByDescending(m => m.Id).Take(Shown).AsNoTracking().ToListAsync();
    }

    public async Task<IActionResult> OnPostRetryAsync(long id)
    {
        var retried = await new OutboxQueue(db).RetryNowAsync(id, clock.GetUtcNow().UtcDateTime);
        TempData["Notice"] = retried ? $"Message {id} will be tried again in the next round of sending." : $"Message {id} has already been sent.";
        return RedirectToPage(new { state = State });
    }

    public static string Words(OutboxKind kind) => kind switch
    {
        OutboxKind.DueSoon => DeliveryState.DueSoon.Words(),
        OutboxKind.Overdue => DeliveryState.Overdue.Words(),
        OutboxKind.WeeklyDigest => "Weekly digest",
        OutboxKind.DailyDigest => "Daily digest",
        _ when Notifications.NotificationKinds.Of(kind) is { } notification => notification.Name,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
