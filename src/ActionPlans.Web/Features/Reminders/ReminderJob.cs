using ActionPlans.Web.Infrastructure.Persistence;

using ActionPlans.Web.Features.Notifications;
using ActionPlans.Web.Features.Plans;
using ActionPlans.Web.Infrastructure.Email;
using ActionPlans.Web.Infrastructure.Hosting;

namespace ActionPlans.Web.Features.Reminders;

/// <summary>
/// Every Reminders:Interval, decides which reminders and plan-deadline notices are due and queues them in the
/// outbox, gathers the daily digests once the day they wait for has begun, then sends
/// what is due in the outbox. A failed round is logged in one line and the next round tries again;
/// shutdown stops it between steps or cuts a send short, leaving the outbox as it should be.
/// </summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, EmailSettings email, ReminderSettings settings, TimeProvider time, ILogger<ReminderJob> log)
    : BackgroundService
{
    /// <summary>Names this instance in the claims it takes, so that two instances on one database tell theirs apart.</summary>
    private readonly string _claimant = Claimant();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!email.Enabled)
        {
            log.LogInformation("Email reminders are off ({Reason}): no reminders are queued or sent",
                email.Host.Length == 0 ? $"no {EmailSettings.HostSetting} is set" : "Email:Enabled is false");
            return;
        }
        log.LogInformation("Email reminders every {Interval} through {Server}", settings.Interval, email.Describe());
        using var timer = new PeriodicTimer(settings.Interval, time);
        try
        {
            do await RoundAsync(stoppingToken);
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the outbox keeps whatever is still to be sent.
        }
    }

    private async Task RoundAsync(CancellationToken stopping)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            var outbox = new OutboxQueue(db);
            var now = time.GetUtcNow();
            var today = time.TodayInUk();
            var occasions = await new ReminderOccasions(db, settings).OnAsync(today, now.UtcDateTime, stopping);
            var deadlines = await new DeadlineOccasions(db, settings, scope.ServiceProvider.GetRequiredService<PlanDueDays>().WorkingDays)
                .OnAsync(today, now.UtcDateTime, stopping);
            var queued = await outbox.AddAsync([.. occasions, .. deadlines], stopping);
            queued += await new DailyDigests(db).GatherAsync(today, now.UtcDateTime, stopping);
            var links = scope.ServiceProvider.GetRequiredService<UnsubscribeLinks>();
            var round = await new OutboxSender(outbox, email, settings.Retry, time, links.FooterOf).SendDueAsync(_claimant, stopping);
            if (queued > 0 || round.Sent > 0 || round.Failed > 0)
                log.LogInformation("Reminders: {Queued} queued, {Sent} sent, {Failed} failed{LastError}", queued, round.Sent, round.Failed,
                    round.LastError is null ? "" : $" (last error: {round.LastError})");
        }
        catch (Exception e)
        {
            // Whatever a stop cuts short is left for the next start; anything else waits for the next round.
            if (stopping.IsCancellationRequested) return;
            log.LogWarning("Reminder round failed, trying again in {Interval}: {Error}", settings.Interval, e.Message.Split('\n')[0].Trim());
        }
    }

    private static string Claimant()
    {
        var name = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return name.Length <= 100 ? name : name[^100..];
    }
}
