using System.Net;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Features.Notifications;
using ActionPlans.Web.Infrastructure.Email;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace ActionPlans.Web.Tests.Notifications;

/// <summary>Each person's choice per kind (at once, daily digest, not at all) and the unsubscribe link that needs no sign-in.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PreferenceTests(ThrowawayPostgres postgres)
{
    private const string Submitted = "Action plan submitted for review: NPS Midshire Division (version 1)";

    [Fact]
    public async Task A_kind_chosen_daily_waits_for_the_next_days_digest_one_turned_off_is_not_sent_and_the_digest_unsubscribes_in_one_click()
    {
        await using var world = await NotificationWorld.CreateAsync();
        world.SetDay(new DateOnly(2027, 1, 11));
        await using var service = await world.StartAsync();
        using var inspector = await service.SignedInClientAsync(NotificationWorld.Inspector);
        var page = await inspector.PageAsync("/account/notifications");
        Assert.Equal(["PlanSubmitted", "PlanLate", "ProgressReport"], page.QuerySelectorAll("input[type=radio][value=Immediately]").Select(r => r.GetAttribute("name")![8..^1]));
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.SubmitAsync("/account/notifications", new Dictionary<string, string>
        {
            ["Choices[PlanSubmitted]"] = "DailyDigest", ["Choices[PlanLate]"] = "Immediately", ["Choices[ProgressReport]"] = "Off",
        })).StatusCode);
        page = await inspector.PageAsync("/account/notifications");
        Assert.NotNull(page.QuerySelector("input[name='Choices[PlanSubmitted]'][value=DailyDigest][checked]"));
        Assert.NotNull(page.QuerySelector("input[name='Choices[ProgressReport]'][value=Off][checked]"));

        var plan = await service.PlanIdAsync(PlanStatus.Draft);
        await service.MakeDraftSubmittableAsync(plan);
        using var coordinator = await service.SignedInClientAsync(NotificationWorld.MidshireCoordinator);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PressAsync($"/plans/{plan}/review", "Submit")).StatusCode);
        var published = await service.PlanIdAsync(PlanStatus.Published);
        var token = Browserless.FormFields(await inspector.PageAsync("/sign-in"))["__RequestVerificationToken"];
        var reported = await inspector.PostAsync($"/plans/{published}/progress-report/Publish", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.StartsWith($"/plans/{published}/progress-reports/", reported.RedirectPath());
        await NotificationWorld.SeveralRoundsAsync();

        var outbox = await NotificationWorld.OutboxAsync(service);
        var held = Assert.Single(outbox, m => m.Recipient == NotificationWorld.Inspector && m.Kind == OutboxKind.PlanSubmitted);
        Assert.True(held.HeldForDigest);
        Assert.Null(held.SentUtc);
        Assert.DoesNotContain(outbox, m => m.Recipient == NotificationWorld.Inspector && m.Kind == OutboxKind.ProgressReport);
        Assert.DoesNotContain(world.ReceivedBy(NotificationWorld.Inspector), m => (m.Subject ?? "").Contains("submitted for review", StringComparison.Ordinal));

        world.SetDay(new DateOnly(2027, 1, 12));
        var digest = await world.ArrivedAsync(NotificationWorld.Inspector, "Daily digest for 12 January 2027: 1 notification");
        await NotificationWorld.SeveralRoundsAsync();
        Assert.Single(world.ReceivedBy(NotificationWorld.Inspector), m => (m.Subject ?? "").StartsWith("Daily digest", StringComparison.Ordinal));
        Assert.Contains($"{Submitted}\n", digest.TextBody!.Replace("\r\n", "\n"));
        Assert.Contains("Summary of the review checks", digest.TextBody);
        Assert.Equal(1, digest.TextBody.Split("Dear Iris Inspector,").Length - 1);
        NotificationWorld.AssertMultipart(digest, $"{world.BaseUrl}plans/{plan}/review");
        NotificationWorld.AssertUnsubscribable(digest, world.BaseUrl);
        Assert.NotNull((await NotificationWorld.OutboxAsync(service)).Single(m => m.Id == held.Id).SentUtc);

        // The mail program's one-click unsubscribe: a POST with no cookie and no anti-forgery token.
        var link = new Uri(digest.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        using var mailProgram = service.Client();
        var confirm = await mailProgram.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.False(confirm.Headers.Contains("Set-Cookie"));
        Assert.Contains("Stop getting emails about the emails gathered in your daily digest", await confirm.Content.ReadAsStringAsync());
        var done = await mailProgram.PostAsync(link.PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("You are unsubscribed", await done.Content.ReadAsStringAsync());
        Assert.NotNull((await inspector.PageAsync("/account/notifications")).QuerySelector("input[name='Choices[PlanSubmitted]'][value=Off][checked]"));
    }

    [Fact]
    public async Task An_unsubscribe_link_works_without_signing_in_and_a_bad_one_is_refused_clearly()
    {
        await using var service = new RunningService();
        await service.InitializeAsync();
        using var scope = service.Services.CreateScope();
        var coordinatorId = (await scope.ServiceProvider.GetRequiredService<UserManager<ServiceUser>>().FindByEmailAsync(NotificationWorld.MidshireCoordinator))!.Id;
        var links = scope.ServiceProvider.GetRequiredService<UnsubscribeLinks>();
        var link = links.For(coordinatorId, OutboxKind.PlanReturned).AbsolutePath;

        using var anyone = service.Client();
        var confirm = await anyone.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("Stop getting emails about plans returned for changes", await confirm.Content.ReadAsStringAsync());
        Assert.Equal(NotificationChoice.Immediately, (await scope.ServiceProvider.GetRequiredService<NotificationPreferences>().OfAsync(coordinatorId))[OutboxKind.PlanReturned]);
        var done = await anyone.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.True(done.StatusCode == HttpStatusCode.OK, await done.Content.ReadAsStringAsync());
        Assert.Contains("You will no longer get emails about plans returned for changes", await done.Content.ReadAsStringAsync());
        Assert.Equal(NotificationChoice.Off, (await scope.ServiceProvider.GetRequiredService<NotificationPreferences>().OfAsync(coordinatorId))[OutboxKind.PlanReturned]);

        var token = link.Split('/')[^1];
        var altered = token[..^3] + (token[^3] == 'A' ? "B" : "A") + token[^2..];
        foreach (var bad in new[] { "/unsubscribe/not-a-token", $"/unsubscribe/{altered}", $"/unsubscribe/{token[..(token.Length / 2)]}", links.For(coordinatorId, OutboxKind.PlanDue).AbsolutePath })
        {
            var refused = await anyone.GetAsync(bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("This unsubscribe link does not work", await refused.Content.ReadAsStringAsync());
            var posted = await anyone.PostAsync(bad, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
            Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
            Assert.Contains("This unsubscribe link does not work", await posted.Content.ReadAsStringAsync());
        }
        Assert.Equal(NotificationChoice.Immediately, (await scope.ServiceProvider.GetRequiredService<NotificationPreferences>().OfAsync(coordinatorId))[OutboxKind.PlanDue]);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Choices_are_kept_and_changed_and_the_plan_deadline_cannot_be_turned_off(string provider)
    {
        await using var service = await RunningService.OnAsync(provider, postgres);
        using var coordinator = await service.SignedInClientAsync(NotificationWorld.Coordinator);

        var refused = await coordinator.SubmitAsync("/account/notifications", new Dictionary<string, string> { ["Choices[PlanDue]"] = "Off", ["Choices[PlanReturned]"] = "Off" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = Browserless.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Choose how you get emails about plan deadlines", page.QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Null(page.QuerySelector("input[name='Choices[PlanDue]'][value=Off]"));
        Assert.Equal(NotificationChoice.Immediately, (await ChoicesAsync(service))[OutboxKind.PlanReturned]);

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync("/account/notifications", new Dictionary<string, string>
        {
            ["Choices[PlanDue]"] = "DailyDigest", ["Choices[PlanReturned]"] = "Off", ["Choices[ReviewComment]"] = "DailyDigest",
        })).StatusCode);
        var kept = await ChoicesAsync(service);
        Assert.Equal((NotificationChoice.DailyDigest, NotificationChoice.Off, NotificationChoice.DailyDigest, NotificationChoice.Immediately),
            (kept[OutboxKind.PlanDue], kept[OutboxKind.PlanReturned], kept[OutboxKind.ReviewComment], kept[OutboxKind.TargetRevised]));

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync("/account/notifications", new Dictionary<string, string> { ["Choices[ReviewComment]"] = "Immediately" })).StatusCode);
        kept = await ChoicesAsync(service);
        Assert.Equal((NotificationChoice.Off, NotificationChoice.Immediately), (kept[OutboxKind.PlanReturned], kept[OutboxKind.ReviewComment]));
    }

    private static async Task<IReadOnlyDictionary<OutboxKind, NotificationChoice>> ChoicesAsync(RunningService service)
    {
        using var scope = service.Services.CreateScope();
        var id = (await scope.ServiceProvider.GetRequiredService<UserManager<ServiceUser>>().FindByEmailAsync(NotificationWorld.Coordinator))!.Id;
        return await scope.ServiceProvider.GetRequiredService<NotificationPreferences>().OfAsync(id);
    }
}
