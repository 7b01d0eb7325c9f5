using ActionPlans.Core.Insight;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Documents.Insight;
using ActionPlans.Web.Features.Insight.Tallies;
using ActionPlans.Web.Features.Monitoring.Standings;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Insight;

/// <summary>Plans of one year of report: submitted by their due day, late, or with working days that cannot be counted.</summary>
public sealed record PlanTimeliness(int OnTime, int Late, int NotKnown);

/// <summary>
/// Section 5 of the insight: how long plans took after their report against the due day, and how their actions
/// stood on the as-at day (delivered by their target, late, overdue…) by provider and year of report, how late the
/// late ones came, and how often targets were revised.
/// </summary>
public sealed record DeliveryInsightFigures(
    DateOnly AsAt,
    int DueWorkingDays,
    IReadOnlyList<(int Year, PlanTimeliness Plans)> PlansByYear,
    IReadOnlyList<(int WorkingDays, int Plans)> WorkingDaysTaken,
    decimal? MedianWorkingDays,
    OutcomeCounts Actions,
    IReadOnlyList<(string Provider, OutcomeCounts Actions)> ByProvider,
    IReadOnlyList<(int Year, OutcomeCounts Actions)> ByYear,
    IReadOnlyList<(int DaysLate, int Actions)> DaysLate,
    decimal? MedianDaysLate,
    IReadOnlyList<(int Year, decimal? MedianDaysLate)> MedianDaysLateByYear,
    IReadOnlyList<(int Revisions, int Actions)> Revisions)
{
    /// <summary>Bands of working days taken, by their least value; the due day (10 unless configured) ends the second.</summary>
    public static readonly IReadOnlyList<(int From, string Label)> WorkingDayBands =
        [(int.MinValue, "5 or fewer"), (6, "6 to 10"), (11, "11 to 15"), (16, "16 to 20"), (21, "21 to 30"), (31, "31 to 60"), (61, "More than 60")];

    public static readonly IReadOnlyList<(int From, string Label)> DaysLateBands =
        [(int.MinValue, "7 days or fewer"), (8, "8 to 30 days"), (31, "31 to 90 days"), (91, "91 to 180 days"), (181, "More than 180 days")];

    public static readonly IReadOnlyList<(int From, string Label)> RevisionBands = [(0, "None"), (1, "1"), (2, "2"), (3, "3 or more")];

    public PlanTimeliness Plans => new(PlansByYear.Sum(y => y.Plans.OnTime), PlansByYear.Sum(y => y.Plans.Late), PlansByYear.Sum(y => y.Plans.NotKnown));

    public int ActionsCounted => Revisions.Sum(r => r.Actions);

    /// <summary>Revisions made by the as-at day per action, to two decimal places.</summary>
    public decimal RevisionsPerAction => ActionsCounted == 0 ? 0 : Math.Round((decimal)Revisions.Sum(r => (long)r.Revisions * r.Actions) / ActionsCounted, 2);

    private static readonly string[] OutcomeColumns = [.. DeliveryOutcomes.Counted.Select(o => o.Words())];

    public IReadOnlyList<InsightFigure> Figures
    {
        get
        {
            var asAt = DateWords.Day(AsAt);
            return
            [
                new("plans-by-year", $"Plans submitted by their due day ({DueWorkingDays} working days after the report) or late, by year of report",
                    ["Year", "On time", "Late", "Working days not known"],
                    [.. PlansByYear.Select(y => new FigureRow(y.Year.ToString(), [y.Plans.OnTime, y.Plans.Late, y.Plans.NotKnown]))]),
                new("working-days", "Working days from the report's publication to the plan's submission" + (MedianWorkingDays is { } m ? $" (median {FigureCsv.Number(m)})" : ""),
                    ["Working days", "On time", "Late"],
                    WorkingDaysTaken.Count == 0 ? [] :
                    [.. Bands(WorkingDaysTaken.Where(w => w.WorkingDays <= DueWorkingDays), WorkingDayBands)
                        .Zip(Bands(WorkingDaysTaken.Where(w => w.WorkingDays > DueWorkingDays), WorkingDayBands),
                            (onTime, late) => new FigureRow(onTime.Label, [onTime.Count, late.Count]))]),
                new("actions", $"Actions by how they stood on {asAt}", ["Actions", .. OutcomeColumns, DeliveryOutcome.Superseded.Words()],
                    Actions.Counted + Actions[DeliveryOutcome.Superseded] == 0 ? [] :
                    [new FigureRow("All actions", [.. DeliveryOutcomes.Counted.Select(o => (decimal)Actions[o]), Actions[DeliveryOutcome.Superseded]])]),
                new("shares-by-provider", $"Share of actions (%) delivered by their target, late, overdue and otherwise on {asAt}, by provider", ["Provider", .. OutcomeColumns],
                    [.. ByProvider.Select(p => new FigureRow(p.Provider, Shares(p.Actions)))]),
                new("shares-by-year", $"Share of actions (%) delivered by their target, late, overdue and otherwise on {asAt}, by year of report", ["Year", .. OutcomeColumns],
                    [.. ByYear.Select(y => new FigureRow(y.Year.ToString(), Shares(y.Actions)))]),
                new("days-late", "Days late of actions delivered late" + (MedianDaysLate is { } d ? $" (median {FigureCsv.Number(d)})" : ""), ["Days late", "Actions"],
                    DaysLate.Count == 0 ? [] : [.. Bands(DaysLate, DaysLateBands).Select(b => new FigureRow(b.Label, [b.Count]))]),
                new("median-days-late", "Median days late of actions delivered late, by year of report", ["Year", "Median days late"],
                    [.. MedianDaysLateByYear.Where(y => y.MedianDaysLate is not null).Select(y => new FigureRow(y.Year.ToString(), [y.MedianDaysLate!.Value]))]),
                new("revisions", $"Target revisions per action by {asAt} (mean {FigureCsv.Number(RevisionsPerAction)})", ["Revisions", "Actions"],
                    ActionsCounted == 0 ? [] : [.. Bands(Revisions, RevisionBands).Select(b => new FigureRow(b.Label, [b.Count]))]),
            ];
        }
    }

    private static IReadOnlyList<decimal> Shares(OutcomeCounts counts) => [.. DeliveryOutcomes.Counted.Select(counts.Share)];

    private static IEnumerable<(string Label, int Count)> Bands(IEnumerable<(int Value, int Count)> counted, IReadOnlyList<(int From, string Label)> bands) =>
        bands.Zip(CountedValues.InBands(counted, [.. bands.Select(b => b.From)]), (b, n) => (b.Label, n));
}

public static class DeliveryInsight
{
    /// <summary>
    /// The figures for the scope: reports of whole months from the as-at tallies, the days of months only partly in the
    /// period from the records.
    /// </summary>
    public static async Task<DeliveryInsightFigures> ReadAsync(InsightScope scope, CancellationToken cancel)
    {
        var counts = new DeliveryCounts();
        var months = PublicationMonths.Of(scope.Filter);
        await AddTalliesAsync(scope, months, counts, cancel);
        foreach (var (from, to) in months.Days) await AddRecordsAsync(scope.PublishedIn(from, to), counts, cancel);
        return await counts.FiguresAsync(scope, cancel);
    }

    /// <summary>The figures for the scope counted from the records alone: what the tallies must agree with.</summary>
    public static async Task<DeliveryInsightFigures> CountRecordsAsync(InsightScope scope, CancellationToken cancel)
    {
        var counts = new DeliveryCounts();
        await AddRecordsAsync(scope, counts, cancel);
        return await counts.FiguresAsync(scope, cancel);
    }

    private static async Task AddTalliesAsync(InsightScope scope, PublicationMonths months, DeliveryCounts counts, CancellationToken cancel)
    {
        var plans = scope.Filter.Addressee is null ? AsAtMeasure.PlanSubmitted : AsAtMeasure.PlanSubmittedTo;
        foreach (var c in await AsAtCounts.ReadAsync(scope, months, [plans, AsAtMeasure.DaysLate], CountedBy.Year, cancel))
        {
            if (c.Measure == plans) counts.AddPlans(c.Year, c.Value == InsightTally.None ? null : c.Value, c.Count);
            else counts.AddDaysLate(c.Year, c.Value, c.Count);
        }
        foreach (var c in await AsAtCounts.ReadAsync(scope, months, [AsAtMeasure.ActionState], CountedBy.Year | CountedBy.Provider, cancel))
            counts.AddActions(c.ProviderId, c.Year, (DeliveryState)c.Value, c.Count);
        foreach (var c in await AsAtCounts.ReadAsync(scope, months, [AsAtMeasure.Revisions], CountedBy.Nothing, cancel))
            counts.AddRevisions(c.Value, c.Count);
    }

    private static async Task AddRecordsAsync(InsightScope scope, DeliveryCounts counts, CancellationToken cancel)
    {
        var db = scope.Db;
        var asAt = scope.Filter.AsAt;
        var responses = scope.Responses;
        // Each plan with its report's year, joined from the reports in the period so that a few days of reports read a few plans.
        var plans = from i in scope.Inspections
                    join p in db.Plans on i.Id equals p.InspectionId
                    where p.Status == PlanStatus.Published && p.Submitted <= asAt
                    select new { p.Id, i.Published!.Value.Year };
        if (scope.Filter.Addressee is not null) plans = plans.Where(p => responses.Any(r => r.ActionPlanId == p.Id));

        // Working days cannot be counted by a database; each plan's are kept with it (DeliveredPlan), so they are grouped by value here.
        var taken = await (from p in plans
                           join d in db.Set<DeliveredPlan>() on p.Id equals d.PlanId
                           group d by new { p.Year, d.WorkingDaysTaken } into g
                           select new { g.Key.Year, g.Key.WorkingDaysTaken, Count = g.Count() }).ToListAsync(cancel);
        foreach (var t in taken) counts.AddPlans(t.Year, t.WorkingDaysTaken, t.Count);

        // How each action stood on the day, from the stored standings: one row in force per action.
        var standings = from p in plans
                        join s in db.Set<StoredStanding>().InForceOn(asAt) on p.Id equals s.PlanId
                        select new { Standing = s, p.Year };
        if (scope.Filter.Addressee is not null)
            standings = standings.Where(s => db.Actions.Any(a => a.Id == s.Standing.ActionId && responses.Any(r => r.Id == a.ResponseId)));
        var stood = await standings
            .GroupBy(s => new { s.Standing.ProviderId, s.Year, s.Standing.State, s.Standing.DaysLate })
            .Select(g => new { g.Key.ProviderId, g.Key.Year, g.Key.State, g.Key.DaysLate, Count = g.Count() }).ToListAsync(cancel);
        foreach (var s in stood)
        {
            counts.AddActions(s.ProviderId, s.Year, s.State, s.Count);
            if (s.DaysLate is { } late) counts.AddDaysLate(s.Year, late, s.Count);
        }

        // Revisions made by the day, per action counted: the actions with some are grouped by how many; the rest have none.
        var revised = await (from s in standings
                             join t in db.TargetRevisions on s.Standing.ActionId equals t.PlannedActionId
                             where t.On <= asAt
                             group t by t.PlannedActionId into g
                             select g.Count())
            .GroupBy(n => n).Select(g => new { Revisions = g.Key, Actions = g.Count() }).ToListAsync(cancel);
        foreach (var r in revised) counts.AddRevisions(r.Revisions, r.Actions);
        counts.AddRevisions(0, stood.Sum(s => s.Count) - revised.Sum(r => r.Actions));
    }

    /// <summary>Counts of plans and actions that add up over parts of a period, then make the figures.</summary>
    private sealed class DeliveryCounts
    {
        private readonly Dictionary<(int Year, int? WorkingDays), int> _plans = [];
        private readonly Dictionary<(int Provider, int Year, DeliveryState State), int> _actions = [];
        private readonly Dictionary<(int Year, int DaysLate), int> _daysLate = [];
        private readonly Dictionary<int, int> _revisions = [];

        public void AddPlans(int year, int? workingDays, int count) => Add(_plans, (year, workingDays), count);

        public void AddActions(int provider, int year, DeliveryState state, int count) => Add(_actions, (provider, year, state), count);

        public void AddDaysLate(int year, int daysLate, int count) => Add(_daysLate, (year, daysLate), count);

        public void AddRevisions(int revisions, int actions) => Add(_revisions, revisions, actions);

        private static void Add<TKey>(Dictionary<TKey, int> counts, TKey key, int count) where TKey : notnull =>
            counts[key] = counts.GetValueOrDefault(key) + count;

        public async Task<DeliveryInsightFigures> FiguresAsync(InsightScope scope, CancellationToken cancel)
        {
            var due = scope.DueWorkingDays;
            var plans = _plans.Where(p => p.Value != 0).ToList();
            var plansByYear = plans.GroupBy(p => p.Key.Year).OrderBy(g => g.Key).Select(g => (g.Key, new PlanTimeliness(
                g.Where(p => p.Key.WorkingDays <= due).Sum(p => p.Value),
                g.Where(p => p.Key.WorkingDays > due).Sum(p => p.Value),
                g.Where(p => p.Key.WorkingDays is null).Sum(p => p.Value)))).ToList();
            var workingDays = plans.Where(p => p.Key.WorkingDays is not null).GroupBy(p => p.Key.WorkingDays!.Value)
                .OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(p => p.Value))).ToList();

            var actions = _actions.Where(a => a.Value != 0).ToList();
            var providers = actions.Select(a => a.Key.Provider).Distinct().ToList();
            var names = await scope.Db.Organisations.Where(o => providers.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancel);
            var late = _daysLate.Where(d => d.Value != 0).ToList();
            var daysLate = late.GroupBy(d => d.Key.DaysLate).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(d => d.Value))).ToList();
            List<(int, int)> revisions = actions.Count == 0 ? [] :
                [(0, _revisions.GetValueOrDefault(0)), .. _revisions.Where(r => r.Key > 0 && r.Value != 0).OrderBy(r => r.Key).Select(r => (r.Key, r.Value))];

            return new DeliveryInsightFigures(scope.Filter.AsAt, due, plansByYear, workingDays, CountedValues.Median(workingDays),
                OutcomeCounts.Of(actions.Select(a => (a.Key.State, a.Value))),
                [.. actions.GroupBy(a => names[a.Key.Provider]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, OutcomeCounts.Of(g.Select(a => (a.Key.State, a.Value)))))],
                [.. actions.GroupBy(a => a.Key.Year).OrderBy(g => g.Key).Select(g => (g.Key, OutcomeCounts.Of(g.Select(a => (a.Key.State, a.Value)))))],
                daysLate, CountedValues.Median(daysLate),
                [.. late.GroupBy(d => d.Key.Year).OrderBy(g => g.Key).Select(g => (g.Key, CountedValues.Median(g.Select(d => (d.Key.DaysLate, d.Value)))))],
                revisions);
        }
    }
}

public sealed record OutcomeCountsItem(int DeliveredOnTime, int DeliveredLate, int Overdue, int NotYetDue, int NotDelivered, int NoDate, int Superseded,
    decimal DeliveredOnTimeShare, decimal DeliveredLateShare, decimal OverdueShare)
{
    public static OutcomeCountsItem Of(OutcomeCounts c) => new(c[DeliveryOutcome.DeliveredOnTime], c[DeliveryOutcome.DeliveredLate], c[DeliveryOutcome.Overdue],
        c[DeliveryOutcome.NotYetDue], c[DeliveryOutcome.NotDelivered], c[DeliveryOutcome.NoDate], c[DeliveryOutcome.Superseded],
        c.Share(DeliveryOutcome.DeliveredOnTime), c.Share(DeliveryOutcome.DeliveredLate), c.Share(DeliveryOutcome.Overdue));
}

public sealed record YearPlansItem(int Year, int OnTime, int Late, int NotKnown);

public sealed record WorkingDaysItem(int WorkingDays, int Plans);

public sealed record ProviderActionsItem(string Provider, OutcomeCountsItem Actions);

public sealed record YearActionsItem(int Year, OutcomeCountsItem Actions, decimal? MedianDaysLate);

public sealed record RevisionsItem(int Revisions, int Actions);

/// <summary>
/// <c>/api/insight/delivery</c>: plans on time and late against the due day, the working days they took, and the
/// actions as they stood on the as-at day (shares are percentages of the actions not superseded).
/// </summary>
public sealed record DeliveryAnswer(
    DateOnly AsAt,
    int DueWorkingDays,
    int PlansOnTime,
    int PlansLate,
    int PlansNotKnown,
    decimal? MedianWorkingDays,
    IReadOnlyList<YearPlansItem> PlansByYear,
    IReadOnlyList<WorkingDaysItem> WorkingDays,
    OutcomeCountsItem Actions,
    IReadOnlyList<ProviderActionsItem> ByProvider,
    IReadOnlyList<YearActionsItem> ByYear,
    decimal? MedianDaysLate,
    decimal RevisionsPerAction,
    IReadOnlyList<RevisionsItem> Revisions)
{
    public static DeliveryAnswer Of(DeliveryInsightFigures f) => new(f.AsAt, f.DueWorkingDays, f.Plans.OnTime, f.Plans.Late, f.Plans.NotKnown, f.MedianWorkingDays,
        [.. f.PlansByYear.Select(y => new YearPlansItem(y.Year, y.Plans.OnTime, y.Plans.Late, y.Plans.NotKnown))],
        [.. f.WorkingDaysTaken.Select(w => new WorkingDaysItem(w.WorkingDays, w.Plans))],
        OutcomeCountsItem.Of(f.Actions),
        [.. f.ByProvider.Select(p => new ProviderActionsItem(p.Provider, OutcomeCountsItem.Of(p.Actions)))],
        [.. f.ByYear.Select(y => new YearActionsItem(y.Year, OutcomeCountsItem.Of(y.Actions), f.MedianDaysLateByYear.FirstOrDefault(m => m.Year == y.Year).MedianDaysLate))],
        f.MedianDaysLate, f.RevisionsPerAction,
        [.. f.Revisions.Select(r => new RevisionsItem(r.Revisions, r.Actions))]);
}
