using System.Text.RegularExpressions;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Tests.Infrastructure;
using ActionPlans.Web.Tests.Notifications;
using Microsoft.Playwright;

namespace ActionPlans.Web.Tests.Journeys;

[Trait("Category", "Journey")]
[Collection(Chromium.Journeys)]
public sealed partial class NotificationJourney
{
    [Fact]
    public async Task A_coordinator_submits_and_the_inspector_follows_the_emailed_link_to_the_review_and_chooses_how_to_be_told()
    {
        await using var world = await NotificationWorld.CreateAsync();
        var chromium = Chromium.Beside(world.Unstarted());
        try
        {
            await chromium.InitializeAsync();
            var plan = await chromium.Service.PlanIdAsync(PlanStatus.Draft);
            await chromium.Service.MakeDraftSubmittableAsync(plan);

            var coordinator = await chromium.SignedInPageAsync(NotificationWorld.MidshireCoordinator);
            await coordinator.VisitAsync($"/plans/{plan}/review");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Submit the plan" }).SubmitAsync();
            Assert.Contains("Plan submitted", await coordinator.Locator(".govuk-notification-banner").InnerTextAsync());

            var email = await world.ArrivedAsync(NotificationWorld.Inspector, "Action plan submitted for review: NPS Midshire Division");
            var link = ReviewLink().Match(email.TextBody ?? "").Groups[1].Value;
            Assert.StartsWith(world.BaseUrl.AbsoluteUri, link);

            var inspector = await chromium.SignedInPageAsync(NotificationWorld.Inspector);
            await inspector.VisitAsync(link);
            Assert.EndsWith($"/plans/{plan}/review", new Uri(inspector.Url).AbsolutePath);
            await Assertions.Expect(inspector.GetByRole(AriaRole.Button, new() { Name = "Accept the plan" })).ToBeVisibleAsync();

            await inspector.GetByRole(AriaRole.Link, new() { Name = "Email notifications" }).FollowAsync();
            await inspector.Locator("#choice-PlanSubmitted-DailyDigest").CheckAsync();
            await inspector.GetByRole(AriaRole.Button, new() { Name = "Save choices" }).SubmitAsync();
            Assert.Contains("Your email choices are saved", await inspector.Locator(".govuk-notification-banner").InnerTextAsync());
            Assert.True(await inspector.Locator("#choice-PlanSubmitted-DailyDigest").IsCheckedAsync());

            // The email's unsubscribe link, opened by someone not signed in.
            var visitor = await chromium.NewPageAsync();
            await visitor.VisitAsync(email.Headers["List-Unsubscribe"]!.Trim('<', '>'));
            await visitor.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).SubmitAsync();
            Assert.Contains("You are unsubscribed", await visitor.Locator("main").InnerTextAsync());
            await inspector.VisitAsync("/account/notifications");
            Assert.True(await inspector.Locator("#choice-PlanSubmitted-Off").IsCheckedAsync());
        }
        finally
        {
            await chromium.DisposeAsync();
        }
    }

    [GeneratedRegex(@"Review the plan: (\S+)", RegexOptions.None, ActionPlans.Core.PatternTimeout.Milliseconds)]
    private static partial Regex ReviewLink();
}
