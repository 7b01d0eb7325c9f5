using System.Text;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ActionPlans.Web.Tests.Journeys;

[Trait("Category", "Journey")]
[Collection(Chromium.Journeys)]
public sealed class DeliveryJourney(Chromium chromium) : IClassFixture<Chromium>
{
    private const string Training = "Run a half-day refresher on risk reviews for every practitioner.";

    [Fact]
    public async Task An_owner_completes_an_overdue_action_the_overview_counts_one_fewer_overdue_and_the_published_progress_report_shows_it()
    {
        var inspector = await chromium.SignedInPageAsync("inspector@demo.test");
        await inspector.VisitAsync("/delivery");
        var overdueBefore = int.Parse(await inspector.Locator("#count-overdue").InnerTextAsync());
        Assert.Contains(Training, await inspector.Locator("main").InnerTextAsync());

        // The demo owner finds the training among their actions, overdue since its revised June date.
        var owner = await chromium.SignedInPageAsync("owner@demo.test");
        await owner.VisitAsync("/");
        await owner.GetByRole(AriaRole.Link, new() { Name = "My actions" }).FollowAsync();
        var row = owner.Locator("tr", new() { HasText = Training });
        Assert.Contains("Overdue", await row.InnerTextAsync());
        await row.GetByRole(AriaRole.Link, new() { Name = Training }).FollowAsync();
        Assert.Contains("/progress", owner.Url);

        var today = DateTime.Today;
        await owner.GetByLabel("Completed", new() { Exact = true }).CheckAsync();
        await owner.GetByLabel("What has been done").FillAsync("The last six teams were trained this month; every practitioner has now attended.");
        await owner.Locator("#CompletedOn_Day").FillAsync(today.Day.ToString());
        await owner.Locator("#CompletedOn_Month").FillAsync(today.Month.ToString());
        await owner.Locator("#CompletedOn_Year").FillAsync(today.Year.ToString());
        await owner.Locator("#Files").SetInputFilesAsync(new FilePayload
        {
            Name = "attendance.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("Team,Trained\nNorth,12\nSouth,9\n"),
        });
        await owner.GetByRole(AriaRole.Button, new() { Name = "Record the update" }).SubmitAsync();
        var updates = await owner.Locator(".app-updates").InnerTextAsync();
        Assert.Contains("every practitioner has now attended", updates);
        Assert.Contains("attendance.csv", updates);
        Assert.Equal(0, await owner.GetByRole(AriaRole.Button, new() { Name = "Record the update" }).CountAsync());

        await inspector.VisitAsync(inspector.Url);
        Assert.Equal(overdueBefore - 1, int.Parse(await inspector.Locator("#count-overdue").InnerTextAsync()));
        Assert.DoesNotContain(Training, await inspector.Locator("main").InnerTextAsync());

        var plan = await chromium.Service.PlanIdAsync(PlanStatus.Published);
        await inspector.VisitAsync($"/plans/{plan}/progress-report");
        var action = inspector.Locator("tr", new() { HasText = Training });
        Assert.Contains("Completed late", await action.InnerTextAsync());
        Assert.Contains("every practitioner has now attended", await action.InnerTextAsync());
        await inspector.GetByRole(AriaRole.Button, new() { Name = "Publish this progress report" }).SubmitAsync();

        var visitor = await chromium.NewPageAsync();
        await visitor.VisitAsync($"/plans/{plan}");
        await visitor.Locator("main a[href*='/progress-reports/']").First.FollowAsync();
        Assert.Contains("every practitioner has now attended", await visitor.Locator("tr", new() { HasText = Training }).InnerTextAsync());
        Assert.Equal("img", await visitor.Locator("main svg").First.GetAttributeAsync("role"));
    }
}
