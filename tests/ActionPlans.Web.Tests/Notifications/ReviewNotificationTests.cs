using System.Net;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Notifications;

/// <summary>Each step of the review tells the other side, through the real SMTP server, once, across a restart.</summary>
public sealed class ReviewNotificationTests
{
    private const string Midshire = "NPS Midshire Division";
    private const string OnRecommendation = "Say who chases late inductions and how often.";
    private const string OnPlan = "Give every action a month to be delivered by.";

    [Fact]
    public async Task Submission_comments_return_acceptance_and_publication_each_reach_the_other_side_once()
    {
        await using var world = await NotificationWorld.CreateAsync();
        world.SetDay(new DateOnly(2027, 1, 11));
        var service = await world.StartAsync();
        try
        {
            var plan = await service.PlanIdAsync(PlanStatus.Draft);
            await service.MakeDraftSubmittableAsync(plan);
            var review = $"/plans/{plan}/review";
            using var coordinator = await service.SignedInClientAsync(NotificationWorld.MidshireCoordinator);
            using var inspector = await service.SignedInClientAsync(NotificationWorld.Inspector);

            Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PressAsync(review, "Submit")).StatusCode);
            var submitted = await world.ArrivedAsync(NotificationWorld.Inspector, $"Action plan submitted for review: {Midshire} (version 1)");
            Assert.Contains("Summary of the review checks", submitted.TextBody);
            Assert.Contains("Nothing blocks the plan: the checks found no errors.", submitted.TextBody);
            Assert.Matches(@"Agreed: \d+\. Partly agreed: \d+\. Not agreed: \d+\. Total: \d+\.", submitted.TextBody);
            Assert.Contains($"Review the plan: {world.BaseUrl}plans/{plan}/review", submitted.TextBody);
            NotificationWorld.AssertMultipart(submitted, $"{world.BaseUrl}plans/{plan}/review");
            NotificationWorld.AssertUnsubscribable(submitted, world.BaseUrl);

            Assert.Equal(HttpStatusCode.Redirect, (await inspector.PressAsync(review, "Comment", new() { ["CommentOn"] = "1", ["CommentText"] = OnRecommendation })).StatusCode);
            var comment = await world.ArrivedAsync(NotificationWorld.MidshireCoordinator, $"Inspector's comment on recommendation 1: {Midshire}");
            Assert.Contains(OnRecommendation, comment.TextBody);
            Assert.Contains("Recommendation 1: ", comment.TextBody);
            Assert.Equal(HttpStatusCode.Redirect, (await inspector.PressAsync(review, "Comment", new() { ["CommentText"] = OnPlan })).StatusCode);
            await world.ArrivedAsync(NotificationWorld.MidshireCoordinator, $"Inspector's comment on the action plan: {Midshire}");

            Assert.Equal(HttpStatusCode.Redirect, (await inspector.PressAsync(review, "Return")).StatusCode);
            var returned = await world.ArrivedAsync(NotificationWorld.MidshireCoordinator, $"Action plan returned for changes: {Midshire}");
            Assert.Contains("with 2 comments on version 1", returned.TextBody);
            Assert.Contains($"Recommendation 1 (Iris Inspector, 11 January 2027):\n{OnRecommendation}", returned.TextBody!.Replace("\r\n", "\n"));
            Assert.Contains($"The whole plan (Iris Inspector, 11 January 2027):\n{OnPlan}", returned.TextBody.Replace("\r\n", "\n"));
            NotificationWorld.AssertMultipart(returned, $"{world.BaseUrl}plans/{plan}/review");

            for (var i = 0; i < 2; i++)
                Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PressAsync(review, "Answer")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PressAsync(review, "Submit")).StatusCode);
            await world.ArrivedAsync(NotificationWorld.Inspector, $"Action plan submitted for review: {Midshire} (version 2)");
            Assert.Equal(HttpStatusCode.Redirect, (await inspector.PressAsync(review, "Accept")).StatusCode);
            var accepted = await world.ArrivedAsync(NotificationWorld.MidshireCoordinator, $"Action plan accepted: {Midshire}");
            Assert.Contains($"See the plan: {world.BaseUrl}plans/{plan}", accepted.TextBody);
            Assert.Equal(HttpStatusCode.Redirect, (await inspector.PressAsync(review, "Publish")).StatusCode);
            await world.ArrivedAsync(NotificationWorld.MidshireCoordinator, $"Action plan published: {Midshire}");
        }
        finally
        {
            await service.DisposeAsync();
        }

        // A restart decides again from the record and the outbox: nothing goes a second time.
        await using var again = await world.StartAsync();
        await NotificationWorld.SeveralRoundsAsync();
        await world.AssertEachOnceAsync(again);
        Assert.Equal(2, world.ReceivedBy(NotificationWorld.Inspector).Count(m => (m.Subject ?? "").StartsWith($"Action plan submitted for review: {Midshire}", StringComparison.Ordinal)));
        Assert.Equal(5, world.ReceivedBy(NotificationWorld.MidshireCoordinator).Count(m => (m.Subject ?? "").EndsWith(Midshire, StringComparison.Ordinal)));
        // Fenmoor's coordinator answers no part of Midshire's plan.
        Assert.DoesNotContain(world.ReceivedBy(NotificationWorld.Coordinator), m => (m.Subject ?? "").Contains(Midshire, StringComparison.Ordinal));
    }
}
