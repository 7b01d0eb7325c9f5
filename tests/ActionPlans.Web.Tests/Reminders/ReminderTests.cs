using System.Net;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Features.Reminders;
using ActionPlans.Web.Infrastructure.Email;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Reminders;

/// <summary>The reminder job in the running service, sending through a real SMTP server that may be down.</summary>
public sealed class ReminderTests
{
    /// <summary>Long enough for the job, running every second, to have had several more rounds.</summary>
    private static readonly TimeSpan SeveralRounds = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task The_owner_is_reminded_once_of_each_due_date_and_the_coordinator_gets_one_digest()
    {
        await using var world = await ReminderWorld.CreateAsync();
        await world.Smtp.StartAsync();
        await using var service = await world.StartServiceAsync();

        var outbox = await world.OutboxWhenAsync(service, m => m.SentUtc is not null, "everything sent");
        await Task.Delay(SeveralRounds);
        Assert.Equal(outbox.Select(m => m.Key), (await ReminderWorld.OutboxAsync(service)).Select(m => m.Key));
        world.AssertEachArrivedOnce(outbox);

        var toOwner = world.ReceivedBy(ReminderWorld.Owner);
        var dueSoon = Assert.Single(toOwner, m => (m.TextBody ?? "").Contains(ReminderWorld.DueSoonText));
        Assert.StartsWith("Due soon: action for recommendation 2 (Fenmoor and Dales CRC)", dueSoon.Subject);
        Assert.Contains($"Due: {ReminderWorld.Written(world.DueSoonOn)}", dueSoon.TextBody);
        Assert.Contains($"http://actionplans.test/plans/{world.Plan}/actions/{world.DueSoonAction}/progress", dueSoon.TextBody);
        Assert.Contains("Recommendation 2: Fenmoor and Dales CRC should give managers time", dueSoon.TextBody);
        Assert.Equal("reminders@demo.test", dueSoon.From.Mailboxes.Single().Address);

        var overdue = Assert.Single(toOwner, m => (m.TextBody ?? "").Contains(ReminderWorld.OverdueText));
        Assert.StartsWith("Overdue: action for recommendation 2", overdue.Subject);
        Assert.Contains($"was due on {ReminderWorld.Written(world.OverdueOn)}", overdue.TextBody);
        Assert.Contains($"/plans/{world.Plan}/actions/{world.OverdueAction}/progress", overdue.TextBody);

        // The coordinator may also hear of a plan deadline (the demo's latest report is recent): one weekly digest still.
        var digest = Assert.Single(world.ReceivedBy(ReminderWorld.Coordinator), m => (m.Subject ?? "").StartsWith("Weekly summary", StringComparison.Ordinal));
        Assert.StartsWith("Weekly summary for Fenmoor and Dales CRC", digest.Subject);
        Assert.Contains(ReminderWorld.DueSoonText, digest.TextBody);
        Assert.Contains(ReminderWorld.OverdueText, digest.TextBody);
        Assert.True(digest.TextBody!.IndexOf(ReminderWorld.OverdueText, StringComparison.Ordinal) < digest.TextBody.IndexOf(ReminderWorld.DueSoonText, StringComparison.Ordinal),
            "Overdue actions come before those due soon.");
        // The Midshire plan is still a draft: nothing of it is being delivered, so its coordinator hears nothing.
        Assert.Empty(world.ReceivedBy("midshire.coordinator@demo.test"));
    }

    [Fact]
    public async Task Messages_queued_while_the_mail_server_is_down_arrive_once_after_a_restart()
    {
        await using var world = await ReminderWorld.CreateAsync();
        List<OutboxMessage> failing;
        await using (var first = await world.StartServiceAsync())
        {
            failing = await world.OutboxWhenAsync(first, m => m.Attempts >= 1, "one failed attempt at every message");
        }
        var afterStop = await OutboxAfterStopAsync(world);
        Assert.Equal(failing.Select(m => m.Key), afterStop.Select(m => m.Key));
        Assert.All(afterStop, m => Assert.Null(m.ClaimedBy));
        Assert.All(afterStop, m => Assert.Null(m.SentUtc));
        Assert.Empty(world.Smtp.Received());

        await world.Smtp.StartAsync();
        await using var second = await world.StartServiceAsync();
        var outbox = await world.OutboxWhenAsync(second, m => m.SentUtc is not null, "everything sent after the restart");
        await Task.Delay(SeveralRounds);
        outbox = await ReminderWorld.OutboxAsync(second);
        Assert.Equal(afterStop.Select(m => m.Key), outbox.Select(m => m.Key));
        world.AssertEachArrivedOnce(outbox);
    }

    [Fact]
    public async Task A_failing_message_shows_its_error_to_the_administrator_and_goes_once_the_server_is_back()
    {
        await using var world = await ReminderWorld.CreateAsync();
        await using var service = await world.StartServiceAsync();
        var failing = await world.OutboxWhenAsync(service, m => m.Attempts >= 2, "two failed attempts at every message");
        Assert.All(failing, m => Assert.Null(m.SentUtc));

        using var admin = service.Client();
        await admin.SignInAsync("admin@demo.test", DemoData.Password);
        var overdue = failing.Single(m => m.Key == world.ExpectedKeys[1]);
        var page = await admin.PageAsync("/admin/outbox?state=Failing");
        var row = page.QuerySelector($"#message-{overdue.Id}")!;
        Assert.Contains("Failing", row.TextContent);
        Assert.Contains($"Cannot connect to the mail server 127.0.0.1:{world.Smtp.Port}", row.QuerySelector(".app-outbox__error")!.TextContent);
        Assert.True(int.Parse(row.QuerySelector(".app-outbox__attempts")!.TextContent) >= 2);
        Assert.Contains(ReminderWorld.Owner, row.TextContent);
        Assert.Null((await admin.PageAsync("/admin/outbox?state=Sent")).QuerySelector($"#message-{overdue.Id}"));

        using var owner = service.Client();
        await owner.SignInAsync(ReminderWorld.Owner, DemoData.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.GetAsync("/admin/outbox")).StatusCode);

        await world.Smtp.StartAsync();
        var outbox = await world.OutboxWhenAsync(service, m => m.SentUtc is not null, "everything sent once the server is back");
        world.AssertEachArrivedOnce(outbox);
        Assert.True(outbox.Single(m => m.Id == overdue.Id).Attempts >= 2);
        var sent = (await admin.PageAsync("/admin/outbox?state=Sent")).QuerySelector($"#message-{overdue.Id}")!;
        Assert.Contains("Sent", sent.TextContent);
        Assert.Null(sent.QuerySelector("form"));
    }

    [Fact]
    public async Task Retry_now_sends_a_failing_message_without_waiting_out_its_back_off()
    {
        await using var world = await ReminderWorld.CreateAsync(retryAfter: "01:00:00");
        await using var service = await world.StartServiceAsync();
        var failing = await world.OutboxWhenAsync(service, m => m.Attempts == 1, "one failed attempt at every message");
        Assert.All(failing, m => Assert.True(m.NextAttemptUtc > DateTime.UtcNow.AddMinutes(55), "The next attempt waits the hour Reminders:RetryAfter says."));

        await world.Smtp.StartAsync();
        using var admin = service.Client();
        await admin.SignInAsync("admin@demo.test", DemoData.Password);
        var overdue = failing.Single(m => m.Key == world.ExpectedKeys[1]);
        var page = await admin.PageAsync("/admin/outbox?state=Failing");
        var form = page.QuerySelector($"#message-{overdue.Id} form")!;
        var retried = await admin.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Contains($"Message {overdue.Id} will be tried again", (await admin.PageAsync(retried.RedirectPath())).QuerySelector(".govuk-notification-banner")!.TextContent);

        var until = DateTime.UtcNow.AddSeconds(30);
        while (world.Smtp.Received().Count == 0 && DateTime.UtcNow < until) await Task.Delay(250);
        await Task.Delay(SeveralRounds);
        var arrived = Assert.Single(world.Smtp.Received());
        Assert.Equal(OutboxSender.MessageId(overdue), arrived.MessageId);
        var outbox = await ReminderWorld.OutboxAsync(service);
        Assert.NotNull(outbox.Single(m => m.Id == overdue.Id).SentUtc);
        Assert.All(outbox.Where(m => m.Id != overdue.Id), m => Assert.Null(m.SentUtc));
    }

    /// <summary>The outbox as a stopped service left it, read by a service that sends nothing (email off).</summary>
    private static async Task<List<OutboxMessage>> OutboxAfterStopAsync(ReminderWorld world)
    {
        await using var reader = await world.StartQuietAsync();
        return await ReminderWorld.OutboxAsync(reader);
    }
}
