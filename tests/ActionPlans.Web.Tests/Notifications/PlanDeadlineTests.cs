using ActionPlans.Core.Access;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Notifications;

/// <summary>
/// The plan deadline walked day by day on the service's clock: a report published on Monday 1 March 2027 gives a
/// plan due ten working days later, Monday 15 March. Fenmoor's plan is never submitted; Midshire's, for a report
/// published the same day, is submitted on 3 March and so brings no reminders and no late notice.
/// </summary>
public sealed class PlanDeadlineTests
{
    private const string Hmpps = "hmpps.coordinator@test";
    private const string Fenmoor = "inspection of Fenmoor and Dales CRC";
    private const string Midshire = "inspection of NPS Midshire Division";
    private const string ToFenmoor = "Deadline test: Fenmoor should review every supervision plan within ten days.";
    private const string ToHmpps = "Deadline test: HMPPS should share release dates with the provider earlier.";
    private static readonly DateOnly Published = new(2027, 3, 1);

    [Fact]
    public async Task Coordinators_hear_of_the_deadline_then_5_and_1_working_days_before_it_and_inspectors_of_a_late_plan_each_once()
    {
        await using var world = await NotificationWorld.CreateAsync();
        world.SetDay(Published);
        await SetUpAsync(world);

        // What is expected to arrive on each day, by recipient and the start of the subject; nothing else in the walk.
        var expected = new Dictionary<DateOnly, (string To, string Subject)[]>
        {
            [new(2027, 3, 1)] =
            [
                (NotificationWorld.Coordinator, $"Action plan due 15 March 2027: {Fenmoor}"), (Hmpps, $"Action plan due 15 March 2027: {Fenmoor}"),
                (NotificationWorld.MidshireCoordinator, $"Action plan due 15 March 2027: {Midshire}"),
            ],
            [new(2027, 3, 3)] = [(NotificationWorld.Inspector, "Action plan submitted for review: NPS Midshire Division")],
            [new(2027, 3, 8)] =
            [
                (NotificationWorld.Coordinator, $"Reminder: action plan due 15 March 2027 (in 5 working days): {Fenmoor}"),
                (Hmpps, $"Reminder: action plan due 15 March 2027 (in 5 working days): {Fenmoor}"),
            ],
            [new(2027, 3, 12)] =
            [
                (NotificationWorld.Coordinator, $"Reminder: action plan due 15 March 2027 (in 1 working day): {Fenmoor}"),
                (Hmpps, $"Reminder: action plan due 15 March 2027 (in 1 working day): {Fenmoor}"),
            ],
            [new(2027, 3, 16)] = [(NotificationWorld.Inspector, $"Action plan not submitted by its due day: {Fenmoor}")],
        };
        var watched = new[] { NotificationWorld.Coordinator, Hmpps, NotificationWorld.MidshireCoordinator, NotificationWorld.Inspector };
        int Seen() => watched.Sum(a => world.ReceivedBy(a).Count(m => (m.Subject ?? "").Contains("action plan", StringComparison.OrdinalIgnoreCase)));

        var service = await world.StartAsync();
        try
        {
            for (var day = Published; day <= new DateOnly(2027, 3, 18); day = day.AddDays(1))
            {
                world.SetDay(day);
                if (day == new DateOnly(2027, 3, 10))
                {
                    // A restart in the middle of the walk: the next start decides from the record and the outbox alone.
                    await service.DisposeAsync();
                    service = await world.StartAsync();
                }
                if (day == new DateOnly(2027, 3, 3)) await SubmitMidshireAsync(service, day);
                var before = Seen();
                var arriving = expected.GetValueOrDefault(day, []);
                foreach (var (to, subject) in arriving) await world.ArrivedAsync(to, subject);
                await NotificationWorld.SeveralRoundsAsync();
                Assert.True(before + arriving.Length == Seen(), $"On {day:d MMMM} {Seen() - before} messages came, not the {arriving.Length} expected.");
            }
            await world.AssertEachOnceAsync(service);
        }
        finally
        {
            await service.DisposeAsync();
        }

        var notice = Assert.Single(world.ReceivedBy(Hmpps), m => (m.Subject ?? "").StartsWith("Action plan due", StringComparison.Ordinal));
        Assert.Contains(ToHmpps, notice.TextBody);
        Assert.DoesNotContain(ToFenmoor, notice.TextBody);
        Assert.Contains("published on 1 March 2027", notice.TextBody);
        Assert.Contains("due on 15 March 2027, 10 working days after publication", notice.TextBody);
        NotificationWorld.AssertMultipart(notice, $"{world.BaseUrl}inspections/");
        // A coordinator cannot turn the deadline off, so it carries no unsubscribe link, only the way to other choices.
        Assert.Null(notice.Headers["List-Unsubscribe"]);
        Assert.Contains("Plan deadlines cannot be turned off.", notice.TextBody);
        var fenmoor = Assert.Single(world.ReceivedBy(NotificationWorld.Coordinator), m => (m.Subject ?? "").StartsWith("Action plan due", StringComparison.Ordinal));
        Assert.Contains(ToFenmoor, fenmoor.TextBody);
        Assert.DoesNotContain(ToHmpps, fenmoor.TextBody);
    }

    /// <summary>Two inspections published on the first day, Fenmoor's with a recommendation to HMPPS, and an HMPPS coordinator.</summary>
    private static async Task SetUpAsync(NotificationWorld world)
    {
        await using var quiet = await world.StartQuietAsync();
        await quiet.AddAccountAsync(Hmpps, Role.Coordinator, "HM Prison and Probation Service", OrganisationKind.Hmpps);
        using var scope = quiet.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name);
        var fenmoor = new Inspection(organisations["Fenmoor and Dales CRC"], InspectionKind.CrcInspection, new DateOnly(2027, 1, 11), Published);
        fenmoor.Recommend(1, ToFenmoor, organisations["Fenmoor and Dales CRC"]);
        fenmoor.Recommend(2, ToHmpps, organisations["HM Prison and Probation Service"]);
        var midshire = new Inspection(organisations["NPS Midshire Division"], InspectionKind.NpsDivisionInspection, new DateOnly(2027, 1, 11), Published);
        midshire.Recommend(1, "Deadline test: Midshire should check risk reviews monthly.", organisations["NPS Midshire Division"]);
        db.Inspections.AddRange(fenmoor, midshire);
        await db.SaveChangesAsync();
    }

    private static async Task SubmitMidshireAsync(RunningService service, DateOnly day)
    {
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        var inspection = await db.Inspections.Include(i => i.Recommendations).SingleAsync(i => i.Published == Published && i.Provider.Name == "NPS Midshire Division");
        var plan = new ActionPlan(inspection);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        plan.Submit(day);
        await db.SaveChangesAsync();
    }
}
