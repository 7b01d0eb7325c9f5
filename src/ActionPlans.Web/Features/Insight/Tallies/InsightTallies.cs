using ActionPlans.Core.Inspections;
using ActionPlans.Core.Insight;
using ActionPlans.Core.Insight.Themes;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Ratings;
using ActionPlans.Core.Recommendations;
using ActionPlans.Web.Features.Monitoring.Standings;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ActionPlans.Web.Features.Insight.Tallies;

/// <summary>
/// Keeps the <see cref="InsightTally"/> rows true to the published record. What a report counts is worked out from the
/// database for the whole inspection: a save that touches an inspection, its ratings, recommendations, themes, plan or
/// answers takes away what those inspections counted before the save and adds what they count after it, in the save's
/// own transaction. Rows written round the save (generated data, themes worked out at start) have every report counted
/// again instead (<see cref="EnsureBuiltAsync"/>).
/// </summary>
public static class InsightTallies
{
    /// <summary>Moves on when what a report counts changes, so that tallies counted the old way are counted again at start.</summary>
    public const int Rules = 2;

    private const int Batch = 500;

    /// <summary>The rows a save touches that can change what a report counts, read from the change tracker before it saves.</summary>
    public sealed class Touched
    {
        internal readonly List<object> Rows = [];
        private readonly InsightTallyChanges _changes = new();
        private HashSet<int> _before = [];

        public bool IsEmpty => Rows.Count == 0;

        /// <summary>Nothing touched.</summary>
        public static Touched None => new();

        /// <summary>Takes away what the touched reports count as the database has them before the save.</summary>
        public async Task BeforeAsync(ActionPlansDb db, CancellationToken cancellation)
        {
            _before = await InspectionsOfAsync(db, Rows, cancellation);
            await CountAsync(db, _before, _changes, -1, cancellation);
        }

        /// <summary>Adds what the touched reports count after it (new ones too), and stores the difference.</summary>
        public async Task AfterAsync(ActionPlansDb db, CancellationToken cancellation)
        {
            var after = await InspectionsOfAsync(db, Rows, cancellation);
            after.UnionWith(_before);
            await CountAsync(db, after, _changes, +1, cancellation);
            await _changes.ApplyAsync(db, cancellation);
        }
    }

    public static Touched Collect(ChangeTracker tracker)
    {
        var touched = new Touched();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            // A save that only moves a row's version on (a plan whose action changed) changes no report's counts.
            if (entry.State == EntityState.Modified && entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name == RowVersionConvention.Property)) continue;
            if (entry.Entity is Inspection or StandardResult or KeyQuestionResult or Recommendation or RecommendationTheme or Response or ActionPlan
                    or PreviousRecommendation or PlannedAction or ProgressUpdate or TargetRevision
                || entry.Entity is Organisation && entry.Property(nameof(Organisation.Kind)).IsModified)
                touched.Rows.Add(entry.Entity);
            // A key question added under a standard result added to a report already stored counts for that report.
            if (entry.Entity is KeyQuestionResult question && entry.State == EntityState.Added)
                touched.Rows.AddRange(tracker.Entries<StandardResult>().Where(s => s.Entity.KeyQuestions.Contains(question)).Select(s => s.Entity));
        }
        return touched;
    }

    /// <summary>The stored inspections whose counts these rows take part in (ids not yet given by the database are left out).</summary>
    private static async Task<HashSet<int>> InspectionsOfAsync(ActionPlansDb db, IEnumerable<object> rows, CancellationToken cancellation)
    {
        var inspections = new HashSet<int>();
        var standards = new HashSet<int>();
        var recommendations = new HashSet<int>();
        var addressees = new HashSet<int>();
        var actions = new HashSet<int>();
        var answers = new HashSet<int>();
        var plans = new HashSet<int>();
        void Add(HashSet<int> set, int id) { if (id > 0) set.Add(id); }
        foreach (var row in rows)
        {
            switch (row)
            {
                case Inspection i: Add(inspections, i.Id); break;
                case StandardResult s: Add(inspections, s.InspectionId); break;
                case KeyQuestionResult k: Add(standards, k.StandardResultId); break;
                case Recommendation r: Add(inspections, r.InspectionId); Add(recommendations, r.Id); break;
                case RecommendationTheme p: Add(recommendations, p.RecommendationId); Add(inspections, p.Recommendation?.InspectionId ?? 0); break;
                case Response r: Add(recommendations, r.RecommendationId); Add(inspections, r.Recommendation?.InspectionId ?? 0); break;
                case ActionPlan p: Add(inspections, p.InspectionId); Add(plans, p.Id); break;
                case Organisation o: Add(addressees, o.Id); break;
                case PreviousRecommendation p: Add(inspections, p.InspectionId); break;
                case PlannedAction a: Add(actions, a.Id); Add(answers, a.ResponseId); break;
                case ProgressUpdate u: Add(actions, u.PlannedActionId); break;
                case TargetRevision t: Add(actions, t.PlannedActionId); break;
            }
        }
        // An action counts for its plan's report, and its delivery for the reports judging its recommendation.
        if (actions.Count > 0 || answers.Count > 0)
            recommendations.UnionWith(await db.Responses.Where(r => answers.Contains(r.Id) || r.Actions.Any(a => actions.Contains(a.Id)))
                .Select(r => r.RecommendationId).ToListAsync(cancellation));
        // Publishing a plan or taking it back decides whether the recommendations it answers count as answered.
        if (plans.Count > 0)
            recommendations.UnionWith(await db.Responses.Where(r => plans.Contains(r.ActionPlanId)).Select(r => r.RecommendationId).ToListAsync(cancellation));
        if (addressees.Count > 0)
            recommendations.UnionWith(await db.Recommendations.Where(r => addressees.Contains(r.AddresseeId)).Select(r => r.Id).ToListAsync(cancellation));
        if (standards.Count > 0)
            inspections.UnionWith(await db.StandardResults.Where(s => standards.Contains(s.Id)).Select(s => s.InspectionId).ToListAsync(cancellation));
        // A recommendation counts for its report, and its judged progress and delivery for the reports that repeat or judge it.
        if (recommendations.Count > 0)
        {
            inspections.UnionWith(await db.Recommendations
                .Where(r => recommendations.Contains(r.Id) || r.RepeatedFromId != null && recommendations.Contains(r.RepeatedFromId.Value))
                .Select(r => r.InspectionId).Distinct().ToListAsync(cancellation));
            inspections.UnionWith(await db.Set<PreviousRecommendation>().Where(p => p.OriginalId != null && recommendations.Contains(p.OriginalId.Value))
                .Select(p => p.InspectionId).Distinct().ToListAsync(cancellation));
        }
        return inspections;
    }

    /// <summary>Counts again every published report when the tallies were not counted under these rules.</summary>
    public static async Task EnsureBuiltAsync(ActionPlansDb db, CancellationToken cancellation = default)
    {
        if (await IsBuiltAsync(db, cancellation)) return;
        await RebuildAsync(db, cancellation, unlessBuilt: true);
    }

    private static async Task<bool> IsBuiltAsync(ActionPlansDb db, CancellationToken cancellation) =>
        (await db.Set<InsightTalliesBuilt>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == InsightTalliesBuilt.OnlyRow, cancellation))?.Rules == Rules;

    /// <summary>Says the tallies no longer agree with the record (rows written round the save), so that the next <see cref="EnsureBuiltAsync"/> counts them again.</summary>
    public static Task ForgetAsync(ActionPlansDb db, CancellationToken cancellation = default) =>
        db.Set<InsightTalliesBuilt>().ExecuteDeleteAsync(cancellation);

    /// <summary>
    /// Counts every published report afresh, a batch of reports at a time, in one transaction. Instances started together
    /// take turns; with <paramref name="unlessBuilt"/>, one that finds the tallies counted by another while it waited stops.
    /// </summary>
    public static async Task RebuildAsync(ActionPlansDb db, CancellationToken cancellation = default, bool unlessBuilt = false)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellation) : null;
        try
        {
            await StartupTurns.InsightTallies.TakeAsync(db, cancellation);
            if (unlessBuilt && await IsBuiltAsync(db, cancellation))
            {
                if (own is not null) await own.CommitAsync(cancellation);
                return;
            }
            var changes = new InsightTallyChanges();
            var after = 0;
            while (true)
            {
                var ids = await db.Inspections.Where(i => i.Id > after && i.Published != null).OrderBy(i => i.Id).Select(i => i.Id).Take(Batch).ToListAsync(cancellation);
                if (ids.Count == 0) break;
                after = ids[^1];
                await CountAsync(db, ids, changes, +1, cancellation);
            }
            await db.Set<InsightTally>().ExecuteDeleteAsync(cancellation);
            await db.Set<AsAtTally>().ExecuteDeleteAsync(cancellation);
            await changes.InsertAsync(db, cancellation);
            await db.Set<InsightTalliesBuilt>().ExecuteDeleteAsync(cancellation);
            db.Set<InsightTalliesBuilt>().Add(new InsightTalliesBuilt { Rules = Rules });
            await db.SaveChangesAsync(cancellation);
            db.ChangeTracker.Clear();
            if (own is not null) await own.CommitAsync(cancellation);
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    /// <summary>Adds what these reports count, as the database has them now, to <paramref name="changes"/>, <paramref name="sign"/> times.</summary>
    private static async Task CountAsync(ActionPlansDb db, IReadOnlyCollection<int> ids, InsightTallyChanges changes, int sign, CancellationToken cancellation)
    {
        foreach (var chunk in ids.Chunk(Batch))
        {
            var reports = await db.Inspections.Where(i => chunk.Contains(i.Id) && i.Published != null)
                .Select(i => new CountedReport(i.Id, i.Published!.Value, i.ProviderId)).ToDictionaryAsync(i => i.Id, cancellation);
            if (reports.Count == 0) continue;
            var standards = await db.StandardResults.Where(s => chunk.Contains(s.InspectionId))
                .Select(s => new { s.InspectionId, s.StandardId, s.StatedRating, s.PreviousRating }).ToListAsync(cancellation);
            var figures = await (from s in db.StandardResults
                                 where chunk.Contains(s.InspectionId)
                                 from k in s.KeyQuestions
                                 where k.Current != null
                                 select new { s.InspectionId, Current = k.Current!.Value }).ToListAsync(cancellation);
            var recommendations = await db.Recommendations.Where(r => chunk.Contains(r.InspectionId))
                .Select(r => new { r.Id, r.InspectionId, r.Addressee.Kind, r.IsRepeated, r.RepeatedFromId, Earlier = r.RepeatedFrom == null ? null : r.RepeatedFrom.JudgedProgress })
                .ToListAsync(cancellation);
            var placed = (await db.Set<RecommendationTheme>().Where(p => p.Placement != ThemePlacement.Removed && chunk.Contains(p.Recommendation!.InspectionId))
                .Select(p => new { p.RecommendationId, p.ThemeId }).ToListAsync(cancellation)).ToLookup(p => p.RecommendationId, p => p.ThemeId);
            var answers = await db.Responses
                .Where(r => r.Kind != null && chunk.Contains(r.Recommendation.InspectionId) && db.Plans.Any(p => p.Id == r.ActionPlanId && p.Status == PlanStatus.Published))
                .Select(r => new { r.Recommendation.InspectionId, r.Recommendation.Addressee.Kind, Answer = r.Kind!.Value, r.Reasons }).ToListAsync(cancellation);

            foreach (var s in standards.Where(s => reports.ContainsKey(s.InspectionId)))
            {
                var report = reports[s.InspectionId];
                if (s.StatedRating is not { } stated) continue;
                changes.Add(InsightMeasure.Rating, report.Published, report.ProviderId, InsightTally.None, s.StandardId, (int)stated, sign);
                if (s.PreviousRating is { } previous)
                    changes.Add(InsightMeasure.RatingChange, report.Published, report.ProviderId, InsightTally.None, s.StandardId, (int)RatingChanges.Between(previous, stated), sign);
            }
            foreach (var f in figures.Where(f => reports.ContainsKey(f.InspectionId)))
            {
                var report = reports[f.InspectionId];
                changes.Add(InsightMeasure.KeyQuestionBand, report.Published, report.ProviderId, InsightTally.None, "", (int)Framework.Rules.BandOf(f.Current), sign);
            }
            foreach (var rated in standards.Where(s => s.StatedRating is not null && reports.ContainsKey(s.InspectionId)).GroupBy(s => s.InspectionId))
            {
                // The overall score of a report with every standard rated.
                if (rated.Count() != StandardCount) continue;
                var report = reports[rated.Key];
                changes.Add(InsightMeasure.Score, report.Published, report.ProviderId, InsightTally.None, "", rated.Sum(s => (int)s.StatedRating!.Value), sign);
            }
            foreach (var r in recommendations.Where(r => reports.ContainsKey(r.InspectionId)))
            {
                var report = reports[r.InspectionId];
                var group = (int)AddresseeGroups.Of(r.Kind);
                void Count(InsightMeasure measure, int value) => changes.Add(measure, report.Published, report.ProviderId, group, "", value, sign);
                var themes = placed[r.Id].ToList();
                foreach (var theme in themes) Count(InsightMeasure.Theme, theme);
                if (themes.Count == 0) Count(InsightMeasure.NoTheme, 0);
                if (!r.IsRepeated) continue;
                Count(InsightMeasure.Repeated, r.RepeatedFromId is null ? 0 : 1);
                foreach (var theme in themes) Count(InsightMeasure.RepeatedTheme, theme);
                if (r.RepeatedFromId is not null) Count(InsightMeasure.RepeatedProgress, r.Earlier is { } judged ? (int)judged : InsightTally.None);
            }
            foreach (var a in answers.Where(a => reports.ContainsKey(a.InspectionId)))
            {
                var report = reports[a.InspectionId];
                var group = (int)AddresseeGroups.Of(a.Kind);
                changes.Add(InsightMeasure.Response, report.Published, report.ProviderId, group, "", (int)a.Answer, sign);
                if (a.Answer is ResponseKind.PartlyAgreed or ResponseKind.NotAgreed)
                    foreach (var reason in Reasons.Where(reason => (a.Reasons & reason) != 0))
                        changes.Add(InsightMeasure.Reason, report.Published, report.ProviderId, group, "", (int)reason, sign);
            }
            await AsAtCounting.CountDeliveryAsync(db, reports, changes, sign, cancellation);
            await AsAtCounting.CountProgressAsync(db, reports, changes, sign, cancellation);
        }
    }

    /// <summary>The framework whose bands and standards the national figures use.</summary>
    public static readonly StandardsFramework Framework = Frameworks.Load(Frameworks.AdultProbation2018);

    private static readonly int StandardCount = Framework.Standards.Count();

    public static readonly ReasonCategories[] Reasons = [ReasonCategories.Commissioning, ReasonCategories.Policy, ReasonCategories.Operational, ReasonCategories.Affordability];
}

/// <summary>A published report whose counts are taken: its day of publication and provider place them in the tallies.</summary>
internal sealed record CountedReport(int Id, DateOnly Published, int ProviderId);
