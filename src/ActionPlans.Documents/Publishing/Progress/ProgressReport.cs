using System.Text.Json.Serialization;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;

namespace ActionPlans.Documents.Publishing.Progress;

/// <summary>
/// A progress report: how a plan's actions stood on one day, with the words and figures its page, Word,
/// PDF and HTML forms show. It is made once from the monitoring record (<see cref="Of"/>) and holds the
/// states and RAG ratings as they were judged then, so a report kept as JSON reads the same forever,
/// whatever is recorded later and however the rules are refined.
/// </summary>
/// <param name="ReportPublished">The day the inspection report was published.</param>
/// <param name="Months">Actions planned and completed in each month, from the plan's submission.</param>
/// <param name="Publication">Who published the report and when; null for a report drawn up to look at.</param>
public sealed record ProgressReport(
    int PlanId,
    string Provider,
    DateOnly? ReportPublished,
    DateOnly? PlanSubmitted,
    DateOnly AsAt,
    DeliveryCounts Summary,
    IReadOnlyList<ProgressReportRecommendation> Recommendations,
    IReadOnlyList<MonthlyDelivery> Months,
    ProgressReportPublication? Publication = null)
{
    [JsonIgnore]
    public DeliverySeries Series => DeliverySeries.Of(Months, AsAt);

    [JsonIgnore]
    public IEnumerable<ProgressReportAction> Actions => Recommendations.SelectMany(r => r.Actions);

    /// <summary>The plan's delivery as the report shows it.</summary>
    public static ProgressReport Of(PlanDelivery delivery) => new(
        delivery.Plan.Id,
        delivery.Plan.Inspection.Provider.Name,
        delivery.Plan.Inspection.Published,
        delivery.Plan.Submitted,
        delivery.AsAtDate,
        DeliveryCounts.Of(delivery.Summary),
        [.. delivery.Recommendations.Select(r => new ProgressReportRecommendation(
            r.Recommendation.Number,
            r.Recommendation.Text,
            r.Recommendation.Addressee.Name,
            r.Response.Kind,
            r.Summary.WorstRag,
            [.. r.Actions.Select(a => new ProgressReportAction(
                a.Action.Text,
                a.Action.Owner,
                a.Agreed.Text,
                a.Current.Text,
                [.. a.Revisions.Select(v => new ProgressReportRevision(v.On, v.From.Text, v.To.Text, v.Reason, v.By))],
                a.Delivery.State,
                a.Delivery.Rag,
                a.Delivery.Due,
                a.Delivery.CompletedOn,
                a.Delivery.MissedOccurrences,
                a.Latest is { } u ? new ProgressReportUpdate(u.On, u.Status, u.Narrative, u.Author) : null))]))],
        delivery.Series.Months);
}

/// <summary>How many actions stood in each state, and what that adds up to.</summary>
/// <param name="ShareDelivered">Delivered actions as a share (0 to 1) of those still expected; null when none are.</param>
/// <param name="States">Every state, in the order of <see cref="DeliveryState"/>, with its count.</param>
public sealed record DeliveryCounts(int Total, int Delivered, double? ShareDelivered, Rag Rag, IReadOnlyList<StateCount> States)
{
    public static DeliveryCounts Of(DeliverySummary summary) => new(
        summary.Total, summary.Delivered, summary.ShareDelivered, summary.WorstRag,
        [.. Enum.GetValues<DeliveryState>().Select(s => new StateCount(s, summary.Count(s)))]);

    public int Count(DeliveryState state) => States.FirstOrDefault(s => s.State == state)?.Count ?? 0;
}

public sealed record StateCount(DeliveryState State, int Count);

/// <param name="Rag">The worst RAG among the recommendation's actions.</param>
/// <param name="Response">Null while unanswered.</param>
public sealed record ProgressReportRecommendation(
    int Number,
    string Text,
    string Addressee,
    ResponseKind? Response,
    Rag Rag,
    IReadOnlyList<ProgressReportAction> Actions);

/// <param name="AgreedTarget">The target as the plan agreed it, as written.</param>
/// <param name="TargetInForce">The target in force on the day, after the revisions made by then.</param>
/// <param name="Due">The occurrence that decides the state: the one missed when overdue, the next one otherwise.</param>
/// <param name="Latest">The latest update reported by the day.</param>
public sealed record ProgressReportAction(
    string Text,
    string? Owner,
    string AgreedTarget,
    string TargetInForce,
    IReadOnlyList<ProgressReportRevision> Revisions,
    DeliveryState State,
    Rag Rag,
    DateOnly? Due,
    DateOnly? CompletedOn,
    int MissedOccurrences,
    ProgressReportUpdate? Latest);

public sealed record ProgressReportRevision(DateOnly On, string From, string To, string Reason, string By);

public sealed record ProgressReportUpdate(DateOnly On, DeliveryStatus Status, string Narrative, string Author);

/// <param name="By">The name of the inspector who published it, as readers see it.</param>
public sealed record ProgressReportPublication(DateOnly On, string By);
