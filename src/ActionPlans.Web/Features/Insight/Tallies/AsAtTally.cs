using ActionPlans.Web.Features.Monitoring.Standings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Insight.Tallies;

/// <summary>What an as-at tally counts: things that change with the day delivery is seen as at, not only with the report.</summary>
public enum AsAtMeasure
{
    /// <summary>Published plans, from the day they were submitted: the value is the working days taken, <see cref="InsightTally.None"/> when not known.</summary>
    PlanSubmitted,

    /// <summary>As <see cref="PlanSubmitted"/>, once for each addressee group the plan answers a recommendation of.</summary>
    PlanSubmittedTo,

    /// <summary>Actions of published plans by how they stand: the value is the <see cref="Core.Progress.DeliveryState"/>.</summary>
    ActionState,

    /// <summary>Actions completed late: the value is the days late.</summary>
    DaysLate,

    /// <summary>Actions counted in <see cref="ActionState"/>: the value is how many times their target was revised by the day.</summary>
    Revisions,

    /// <summary>
    /// Previous recommendations judged by a later report: the value is <see cref="AsAtTally.ProgressValue"/> of the
    /// judgement and how far the plan's actions for the original were delivered.
    /// </summary>
    ProgressDelivery,
}

/// <summary>
/// The net change in a count of the national insight, over the reports published in one month or year starting on
/// <see cref="Start"/> and the days of one day, month or year starting on <see cref="AsAtStart"/>. A count as at day D
/// for reports of whole months is the sum over both axes, as <see cref="DeliveryTally"/> sums one; the days of a month
/// only partly in the period are counted from the records (<see cref="AsAtCounts"/>). Changes that never move with
/// the day start on <see cref="DeliveryTally.Always"/>.
/// </summary>
public sealed class AsAtTally : IProviderTally
{
    /// <summary>The addressee of a previous recommendation whose original is not in the service: never one a filter chooses.</summary>
    public const int NotKnown = -2;

    public AsAtMeasure Measure { get; set; }
    public TallySpan Span { get; set; }
    public DateOnly Start { get; set; }
    public TallySpan AsAtSpan { get; set; }
    public DateOnly AsAtStart { get; set; }
    public int ProviderId { get; set; }
    public int Addressee { get; set; }
    public int Value { get; set; }
    public int Change { get; set; }

    private const int Deliveries = 8;

    public static int ProgressValue(Core.Recommendations.ProgressJudgement judged, Core.Insight.ActionsDelivered delivered) => (int)judged * Deliveries + (int)delivered;

    public static (Core.Recommendations.ProgressJudgement Judged, Core.Insight.ActionsDelivered Delivered) Progress(int value) =>
        ((Core.Recommendations.ProgressJudgement)(value / Deliveries), (Core.Insight.ActionsDelivered)(value % Deliveries));

    /// <summary>The spans of reports a publication day is added to: its month and its year (days are counted from the records).</summary>
    public static IEnumerable<(TallySpan Span, DateOnly Start)> PublicationSpans(DateOnly published) =>
        [(TallySpan.Month, new DateOnly(published.Year, published.Month, 1)), (TallySpan.Year, new DateOnly(published.Year, 1, 1))];

    /// <summary>The spans a change on a day is added to; a change that is always in force has the one span before every year.</summary>
    public static IEnumerable<(TallySpan Span, DateOnly Start)> AsAtSpans(DateOnly day) =>
        day == DeliveryTally.Always ? [(TallySpan.Year, DeliveryTally.Always)] : DeliveryTally.Spans(day);
}

internal sealed class AsAtTallyMapping : IEntityTypeConfiguration<AsAtTally>
{
    public void Configure(EntityTypeBuilder<AsAtTally> t)
    {
        t.ToTable("InsightAsAtTallies");
        t.HasKey(x => new { x.Measure, x.Span, x.AsAtSpan, x.Start, x.AsAtStart, x.ProviderId, x.Addressee, x.Value });
        // A sum reads one span of each axis over a range of each, from an index alone: by publication first where the
        // months of the edge year are read, by the as-at day first where the days or months of the as-at edge are.
        t.HasIndex(x => new { x.Measure, x.Span, x.AsAtSpan, x.Start, x.AsAtStart, x.ProviderId, x.Addressee, x.Value, x.Change });
        t.HasIndex(x => new { x.Measure, x.Span, x.AsAtSpan, x.AsAtStart, x.Start, x.ProviderId, x.Addressee, x.Value, x.Change });
    }
}
