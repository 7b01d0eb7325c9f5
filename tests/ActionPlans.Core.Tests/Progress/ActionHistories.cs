using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;

namespace ActionPlans.Core.Tests.Progress;

/// <summary>
/// Random but lawful monitoring records: an action with a target of any form the plans write, then updates and target
/// revisions on increasing days after the plan's submission, as the service would accept them. Shared with the web
/// tests, which store the same records and ask the database what <see cref="ActionProgress.AsAt"/> answers.
/// </summary>
public static class ActionHistories
{
    public static readonly string[] Targets =
    [
        "June 2019", "December 2019", "March 2020", "End 2020", "Spring 2019", "Winter 2019", "Q3 2019", "Q1 2020/21",
        "Completed December 2018", "Ongoing", "June 2019 and ongoing", "Quarterly", "Monthly from February 2019",
        "Bi-monthly from March 2019", "Quarterly from April 2019", "Bi-annual throughout 2019", "Annually from January 2020",
        "When the new system goes live", "",
    ];

    private static readonly DeliveryStatus[] Statuses =
        [DeliveryStatus.NotStarted, DeliveryStatus.InProgress, DeliveryStatus.InProgress, DeliveryStatus.Completed, DeliveryStatus.NotDelivered, DeliveryStatus.Superseded];

    /// <summary>Adds one action with a random record to <paramref name="response"/>, everything dated between the plan's submission and <paramref name="today"/>.</summary>
    public static ActionProgress Add(Random random, ActionPlan plan, Response response, DateOnly today)
    {
        var target = Targets[random.Next(Targets.Length)];
        var completedAtSubmission = target.StartsWith("Completed", StringComparison.Ordinal) && random.Next(2) == 0;
        var action = response.AddAction($"Action {random.Next(1000)}", "Head of quality", TargetDate.Parse(target), completedAtSubmission);
        var progress = new ActionProgress(plan, action);
        if (completedAtSubmission) return progress;

        var day = plan.Submitted!.Value;
        for (var events = random.Next(7); events > 0; events--)
        {
            day = day.AddDays(random.Next(0, 160));
            if (day > today || progress.ClosedToUpdates(day) is not null) break;
            // A revision names a new date to deliver by; the rules refuse the same target again.
            var revised = TargetDate.Parse(Targets[random.Next(Targets.Length)]);
            var current = progress.TargetAsAt(day);
            if (random.Next(4) == 0 && revised.Due is not null && (revised.Due != current.Due || revised.Recurrence != current.Recurrence))
            {
                progress.ReviseTarget(revised, "Resources moved.", day, "coordinator@demo.test", day);
                continue;
            }
            var status = Statuses[random.Next(Statuses.Length)];
            DateOnly? completed = status == DeliveryStatus.Completed ? day.AddDays(-random.Next(0, 40)) : null;
            if (completed < plan.Submitted) completed = plan.Submitted;
            progress.Record(new UpdateContent(day, status, $"{status} on {day}.", "owner@demo.test", completed), day);
        }
        return progress;
    }

    /// <summary>Days worth asking about: random ones across the record's years and the days either side of each period's start.</summary>
    public static IEnumerable<DateOnly> DaysAround(Random random, ActionProgress progress, int count)
    {
        for (var i = 0; i < count; i++) yield return new DateOnly(2018, 6, 1).AddDays(random.Next(0, 365 * 5));
        foreach (var period in progress.Periods().Skip(1))
        {
            yield return period.From.AddDays(-1);
            yield return period.From;
        }
    }
}
