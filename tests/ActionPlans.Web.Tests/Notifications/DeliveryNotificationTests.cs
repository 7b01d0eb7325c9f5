using System.Net;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Tests.Infrastructure;
using ActionPlans.Web.Tests.Progress;
using Microsoft.AspNetCore.Identity;
using static ActionPlans.Web.Tests.Progress.ProgressForms;

namespace ActionPlans.Web.Tests.Notifications;

/// <summary>Delivery tells the people who follow it: the owner of an assigned action, the coordinators, the inspectorate.</summary>
public sealed class DeliveryNotificationTests
{
    private const string Fenmoor = "Fenmoor and Dales CRC";
    private const string Reason = "Reason test: the trainer is on leave after a case review of Mr J Example.";
    private const string Narrative = "Narrative test: refresher given; J Example's supervision discussed as a case study.";

    [Fact]
    public async Task Assignment_revised_target_completion_and_progress_report_each_reach_their_people_once_without_personal_words()
    {
        await using var world = await NotificationWorld.CreateAsync();
        // The demo is loaded with email off, so that only the steps of this test are told.
        await (await world.StartQuietAsync()).DisposeAsync();
        await using var service = await world.StartAsync();
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        var training = await service.PathOfAsync("Run a half-day refresher");
        string ownerId;
        using (var scope = service.Services.CreateScope())
            ownerId = (await scope.ServiceProvider.GetRequiredService<UserManager<ServiceUser>>().FindByEmailAsync(NotificationWorld.Owner))!.Id;
        using var coordinator = await service.SignedInClientAsync(NotificationWorld.Coordinator);
        using var owner = await service.SignedInClientAsync(NotificationWorld.Owner);
        using var inspector = await service.SignedInClientAsync(NotificationWorld.Inspector);

        // Taken back and given again: being given is the occasion.
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SendAsync(training, "Assign", new Dictionary<string, string> { ["AssignTo"] = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SendAsync(training, "Assign", new Dictionary<string, string> { ["AssignTo"] = ownerId })).StatusCode);
        var assigned = await world.ArrivedAsync(NotificationWorld.Owner, $"Action assigned to you: recommendation 1 ({Fenmoor})");
        Assert.Contains("Action: Run a half-day refresher on risk reviews for every practitioner.", assigned.TextBody);
        Assert.Contains($"Report progress: {world.BaseUrl}{training.TrimStart('/')}", assigned.TextBody);
        NotificationWorld.AssertUnsubscribable(assigned, world.BaseUrl);

        Assert.Equal(HttpStatusCode.Redirect, (await owner.SendAsync(training, "Revise", new Dictionary<string, string> { ["NewTarget"] = "March 2027", ["Reason"] = Reason })).StatusCode);
        var revised = await world.ArrivedAsync(NotificationWorld.Coordinator, $"Target revised: action for recommendation 1 ({Fenmoor})");
        Assert.Contains("Target now: March 2027", revised.TextBody);
        Assert.DoesNotContain("J Example", revised.TextBody);
        Assert.DoesNotContain("J Example", revised.HtmlBody);

        Assert.Equal(HttpStatusCode.Redirect, (await owner.SendAsync(training, "Update", Update("Completed", Today, Narrative, completedOn: Today))).StatusCode);
        var completed = await world.ArrivedAsync(NotificationWorld.Coordinator, $"Action completed: recommendation 1 ({Fenmoor})");
        Assert.Contains("has been reported completed on", completed.TextBody);
        Assert.DoesNotContain("J Example", completed.TextBody);
        Assert.DoesNotContain("J Example", completed.HtmlBody);

        var token = Browserless.FormFields(await inspector.PageAsync("/sign-in"))["__RequestVerificationToken"];
        var reported = await inspector.PostAsync($"/plans/{plan}/progress-report/Publish", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var report = reported.RedirectPath();
        Assert.StartsWith($"/plans/{plan}/progress-reports/", report);
        var told = await world.ArrivedAsync(NotificationWorld.Inspector, $"Progress report published: {Fenmoor}, as at");
        Assert.Contains($"Read the report: {world.BaseUrl}{report.TrimStart('/')}", told.TextBody);

        await NotificationWorld.SeveralRoundsAsync();
        await world.AssertEachOnceAsync(service);
        Assert.Single(world.ReceivedBy(NotificationWorld.Owner), m => (m.Subject ?? "").StartsWith("Action assigned", StringComparison.Ordinal));
        Assert.Single(world.ReceivedBy(NotificationWorld.Coordinator), m => (m.Subject ?? "").StartsWith("Target revised", StringComparison.Ordinal));
        Assert.Single(world.ReceivedBy(NotificationWorld.Coordinator), m => (m.Subject ?? "").StartsWith("Action completed", StringComparison.Ordinal));
        Assert.Single(world.ReceivedBy(NotificationWorld.Inspector), m => (m.Subject ?? "").StartsWith("Progress report published", StringComparison.Ordinal));
        // Midshire follows no part of Fenmoor's plan.
        Assert.DoesNotContain(world.ReceivedBy(NotificationWorld.MidshireCoordinator), m => (m.Subject ?? "").Contains(Fenmoor, StringComparison.Ordinal));
    }
}
