using System.Net;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Features.Notifications;
using ActionPlans.Web.Infrastructure.Email;
using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Notifications;

/// <summary>Two instances on one database decide the plan deadline and the daily digests at once; each message still goes once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoInstanceNotificationTests(ThrowawayPostgres postgres)
{
    private static readonly DateOnly Published = new(2027, 3, 1);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Two_instances_send_each_notice_reminder_and_digest_once(string provider)
    {
        var database = provider == "Postgres"
            ? new Dictionary<string, string?> { [DatabaseSettings.ProviderSetting] = "Postgres", [DatabaseSettings.ConnectionSetting] = postgres.NewDatabase() }
            : null;
        await using var world = await NotificationWorld.CreateAsync(database);
        world.SetDay(Published);
        await using (var quiet = await world.StartQuietAsync())
        {
            using var scope = quiet.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            var fenmoor = await db.Organisations.SingleAsync(o => o.Name == "Fenmoor and Dales CRC");
            var inspection = new Inspection(fenmoor, InspectionKind.CrcInspection, new DateOnly(2027, 1, 11), Published);
            inspection.Recommend(1, "Two-instance test: Fenmoor should audit risk reviews monthly.", fenmoor);
            db.Inspections.Add(inspection);
            await db.SaveChangesAsync();
            var inspector = await scope.ServiceProvider.GetRequiredService<UserManager<ServiceUser>>().FindByEmailAsync(NotificationWorld.Inspector);
            await scope.ServiceProvider.GetRequiredService<NotificationPreferences>().SetAsync(inspector!.Id, OutboxKind.PlanSubmitted, NotificationChoice.DailyDigest);
        }

        var starting = new[] { world.StartAsync(), world.StartAsync(fixedPort: false) };
        await using var one = await starting[0];
        await using var other = await starting[1];
        await world.ArrivedAsync(NotificationWorld.Coordinator, "Action plan due 15 March 2027: inspection of Fenmoor and Dales CRC");

        var plan = await one.PlanIdAsync(PlanStatus.Draft);
        await one.MakeDraftSubmittableAsync(plan);
        using (var coordinator = await one.SignedInClientAsync(NotificationWorld.MidshireCoordinator))
            Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PressAsync($"/plans/{plan}/review", "Submit")).StatusCode);
        await NotificationWorld.SeveralRoundsAsync();

        world.SetDay(Published.AddDays(1));
        await world.ArrivedAsync(NotificationWorld.Inspector, "Daily digest for 2 March 2027: 1 notification");
        world.SetDay(new DateOnly(2027, 3, 8));
        await world.ArrivedAsync(NotificationWorld.Coordinator, "Reminder: action plan due 15 March 2027 (in 5 working days)");
        await NotificationWorld.SeveralRoundsAsync();

        await world.AssertEachOnceAsync(other);
        Assert.Single(world.ReceivedBy(NotificationWorld.Coordinator), m => (m.Subject ?? "").StartsWith("Action plan due", StringComparison.Ordinal));
        Assert.Single(world.ReceivedBy(NotificationWorld.Coordinator), m => (m.Subject ?? "").StartsWith("Reminder: action plan due", StringComparison.Ordinal));
        Assert.Single(world.ReceivedBy(NotificationWorld.Inspector), m => (m.Subject ?? "").StartsWith("Daily digest", StringComparison.Ordinal));
        Assert.DoesNotContain(world.ReceivedBy(NotificationWorld.Inspector), m => (m.Subject ?? "").StartsWith("Action plan submitted", StringComparison.Ordinal));
    }
}
