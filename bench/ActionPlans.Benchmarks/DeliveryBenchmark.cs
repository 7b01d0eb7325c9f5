using System.Diagnostics;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;
using ActionPlans.Documents.Publishing.Progress;

/// <summary>
/// Time to work out delivery as the overview does, across many plans with a monitoring history, and to
/// write one plan's progress report: the in-memory work behind /delivery, the reminder job and the report.
/// </summary>
internal static class DeliveryBenchmark
{
    private static readonly string[] Targets = ["March 2020", "June 2020", "End 2020", "Bi-monthly from March 2019", "September 2019 and quarterly", "Ongoing"];

    public static void Run(int plans)
    {
        var asAt = new DateOnly(2020, 11, 1);
        var built = Enumerable.Range(1, plans).Select(Plan).ToList();
        var actions = built.Sum(p => p.Responses.Sum(r => r.Actions.Count));
        Console.WriteLine($"{plans} plans, {actions} actions, {built.Sum(p => p.Responses.Sum(r => r.Actions.Sum(a => a.Updates.Count)))} updates; as at {asAt:yyyy-MM-dd}");
        Measure("overview (PlanDelivery.AsAt over every plan)", 20, () => built.Sum(p => PlanDelivery.AsAt(p, asAt).Summary.Total));
        var one = PlanDelivery.AsAt(built[0], asAt);
        Measure("progress report docx (one plan)", 50, () => WordProgressReportWriter.Write(ProgressReport.Of(one)).Length);
        Measure("progress report pdf  (one plan)", 50, () => PdfProgressReportWriter.Write(ProgressReport.Of(one)).Length);
    }

    /// <summary>A plan of 8 recommendations with 5 actions each, each reported on every other month.</summary>
    private static ActionPlan Plan(int number)
    {
        var provider = new Organisation($"Provider {number}", OrganisationKind.CommunityRehabilitationCompany);
        var inspection = new Inspection(provider, InspectionKind.CrcInspection, new DateOnly(2018, 10, 1), new DateOnly(2019, 1, 10));
        var recommendations = Enumerable.Range(1, 8).Select(n => inspection.Recommend(n, $"Recommendation {n} of provider {number}.", provider)).ToList();
        var plan = new ActionPlan(inspection);
        var actions = new List<PlannedAction>();
        foreach (var recommendation in recommendations)
        {
            var response = plan.ResponseTo(recommendation);
            response.Answer(ResponseKind.Agreed, "Agreed.");
            for (var a = 0; a < 5; a++)
                actions.Add(response.AddAction($"Action {a + 1} for recommendation {recommendation.Number}.", "Head of Quality", TargetDate.Parse(Targets[(a + recommendation.Number) % Targets.Length])));
        }
        plan.Submit(new DateOnly(2019, 1, 20));
        plan.Accept();
        plan.Publish();
        for (var month = 2; month <= 20; month += 2)
        {
            var on = new DateOnly(2019, 1, 28).AddMonths(month);
            foreach (var (action, index) in actions.Select((a, i) => (a, i)))
            {
                var progress = new ActionProgress(plan, action);
                if (progress.ClosedToUpdates(on) is not null) continue;
                var done = (index + month) % 7 == 0;
                progress.Record(new UpdateContent(on, done ? DeliveryStatus.Completed : DeliveryStatus.InProgress, "Work goes on.", "Head of Quality", done ? on : null), on);
            }
        }
        return plan;
    }

    private static void Measure(string what, int iterations, Func<int> work)
    {
        var clock = Stopwatch.StartNew();
        work();
        var first = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        for (var i = 0; i < iterations; i++) work();
        Console.WriteLine($"{what}: first {first:N1} ms, then mean {clock.Elapsed.TotalMilliseconds / iterations:N2} ms");
    }
}
