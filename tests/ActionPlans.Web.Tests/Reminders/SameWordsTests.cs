using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Reminders;

/// <summary>
/// An action that is overdue and one that is due soon, as the plan's delivery page, its progress report downloaded
/// as HTML and the assignee's reminder emails tell them: the same state in the same words, the same due day
/// written the same way. And an ongoing action, which no email is about, the same on every page and in the report.
/// </summary>
public sealed class SameWordsTests
{
    private const string OngoingText = "Same words test: keep the review guide up to date.";

    [Fact]
    public async Task The_delivery_page_the_exported_report_and_the_reminder_email_say_the_same_state_and_day()
    {
        await using var world = await ReminderWorld.CreateAsync();
        await using (var quiet = await world.StartQuietAsync())
        {
            using var scope = quiet.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            var assignee = await scope.ServiceProvider.GetRequiredService<UserManager<ServiceUser>>().FindByEmailAsync(ReminderWorld.Owner);
            var plan = await db.Plans.Include(p => p.Responses).ThenInclude(r => r.Recommendation)
                .Include(p => p.Responses).ThenInclude(r => r.Actions).SingleAsync(p => p.Id == world.Plan);
            plan.Responses.Single(r => r.Recommendation.Number == 2).AddAction(OngoingText, "Head of Quality", TargetDate.Parse("Ongoing")).AssignTo(assignee!.Id);
            await db.SaveChangesAsync();
        }
        await world.Smtp.StartAsync();
        await using var service = await world.StartServiceAsync();
        await world.OutboxWhenAsync(service, m => m.SentUtc is not null, "everything sent");
        using var owner = await service.SignedInClientAsync(ReminderWorld.Owner);

        var page = await owner.PageAsync($"/plans/{world.Plan}/delivery");
        var report = Browserless.Parse(await owner.GetStringAsync($"/plans/{world.Plan}/progress-report/download?asAt={DateWords.Iso(ReminderWorld.Today)}&format=html"));
        var emails = world.ReceivedBy(ReminderWorld.Owner);

        foreach (var (text, state, due) in new[]
                 {
                     (ReminderWorld.OverdueText, DeliveryState.Overdue, world.OverdueOn),
                     (ReminderWorld.DueSoonText, DeliveryState.DueSoon, world.DueSoonOn),
                 })
        {
            var words = state.Words();
            var day = DateWords.Day(due);

            var onPage = Row(page, text);
            Assert.Equal(words, onPage.QuerySelector(".app-state")!.TextContent.Trim());
            Assert.Equal(day, onPage.QuerySelector(".app-due")!.TextContent.Trim());

            var inReport = Row(report, text).QuerySelectorAll("td")[2].TextContent;
            Assert.StartsWith(words + " (", inReport);
            Assert.Contains("ue " + day, inReport);

            var email = Assert.Single(emails, m => (m.TextBody ?? "").Contains(text));
            Assert.StartsWith(words + ": ", email.Subject);
            Assert.Contains("Due: " + day, email.TextBody);
        }

        var ongoing = Row(page, OngoingText).QuerySelector(".app-state")!.TextContent.Trim();
        var mine = await owner.PageAsync("/my-actions");
        var heading = mine.QuerySelectorAll("table.app-my-actions").Single(t => t.TextContent.Contains(OngoingText)).QuerySelector("caption")!.TextContent.Trim();
        Assert.Equal(ongoing + " (1)", heading);
        Assert.Equal(ongoing, Row(report, OngoingText).QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.Equal(DeliveryState.NoTarget.Words(), ongoing);
    }

    private static IElement Row(IParentNode document, string actionText) =>
        document.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(actionText));
}
