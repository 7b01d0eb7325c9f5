using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ActionPlans.Web.Tests.Journeys;

[Trait("Category", "Journey")]
[Collection(Chromium.Journeys)]
public sealed class PlanJourney(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_coordinator_drafts_and_submits_a_plan_the_inspector_returns_accepts_and_publishes_it_and_the_public_reads_it()
    {
        var coordinator = await chromium.SignedInPageAsync("coordinator@demo.test");
        await coordinator.VisitAsync("/inspections");
        var awaiting = coordinator.Locator("tr", new() { HasText = "16 November 2026" });
        await awaiting.GetByRole(AriaRole.Link).First.FollowAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Start the action plan" }).SubmitAsync();
        var planUrl = coordinator.Url;
        Assert.Equal(2, await coordinator.Locator(".app-plan-check li").CountAsync());

        // Submission is blocked, and the summary lists each missing item.
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Submission and review" }).FollowAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Submit the plan" }).SubmitAsync();
        var blocked = await coordinator.Locator(".govuk-error-summary").InnerTextAsync();
        Assert.Contains("Recommendation 1:", blocked);
        Assert.Contains("Recommendation 2:", blocked);

        foreach (var (number, action) in new[] { (1, "Book an induction within five working days for every unpaid work order."), (2, "Add a lateness reason field to the review record and audit 30 cases each quarter.") })
        {
            await coordinator.VisitAsync($"{planUrl}/recommendations/{number}");
            await coordinator.GetByLabel("Agreed", new() { Exact = true }).CheckAsync();
            await coordinator.GetByLabel("How the recommendation will be met").FillAsync("We agree.");
            await coordinator.Locator("#Added_Text").FillAsync(action);
            await coordinator.Locator("#Added_Owner").FillAsync("Head of Operations");
            await coordinator.Locator("#Added_Target").FillAsync("March 2027");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save response" }).SubmitAsync();
            Assert.Contains($"Response to recommendation {number} saved", await coordinator.Locator(".govuk-notification-banner").InnerTextAsync());
        }
        await coordinator.VisitAsync($"{planUrl}/review");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Submit the plan" }).SubmitAsync();
        Assert.Contains("Plan submitted", await coordinator.Locator(".govuk-notification-banner").InnerTextAsync());

        var inspector = await chromium.SignedInPageAsync("inspector@demo.test");
        await inspector.VisitAsync($"{planUrl}/review");
        await inspector.GetByLabel("About").SelectOptionAsync("1");
        await inspector.GetByLabel("Comment", new() { Exact = true }).FillAsync("Say how late inductions will be chased.");
        await inspector.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).SubmitAsync();
        await inspector.GetByRole(AriaRole.Button, new() { Name = "Return to the coordinator" }).SubmitAsync();

        await coordinator.VisitAsync($"{planUrl}/review");
        Assert.Contains("Say how late inductions will be chased.", await coordinator.Locator(".app-comments").InnerTextAsync());
        await coordinator.GetByLabel("Your answer (optional)").FillAsync("Added a weekly chase by the unpaid work team.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Mark as answered" }).SubmitAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Submit the plan" }).SubmitAsync();
        Assert.Contains("Plan submitted", await coordinator.Locator(".govuk-notification-banner").InnerTextAsync());

        await inspector.VisitAsync($"{planUrl}/review");
        await inspector.GetByRole(AriaRole.Button, new() { Name = "Accept the plan" }).SubmitAsync();
        await inspector.GetByRole(AriaRole.Button, new() { Name = "Publish the plan" }).SubmitAsync();
        Assert.Contains("Plan published", await inspector.Locator(".govuk-notification-banner").InnerTextAsync());

        var visitor = await chromium.NewPageAsync();
        await visitor.VisitAsync(planUrl);
        Assert.Contains("Book an induction within five working days", await visitor.Locator("table.app-table--plan").InnerTextAsync());
        await visitor.VisitAsync("/");
        Assert.DoesNotContain("NPS Midshire Division", await visitor.Locator("main").InnerTextAsync());
        await visitor.VisitAsync($"/plans/{await chromium.Service.PlanIdAsync(ActionPlans.Core.Plans.PlanStatus.Draft)}");
        Assert.Contains("/sign-in", visitor.Url);
    }
}
