using ActionPlans.Web.Features.Monitoring.Standings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Insight.Tallies;

/// <summary>What an insight tally counts; each is counted on the day its report was published.</summary>
public enum InsightMeasure
{
    /// <summary>Standards rated: the key is the standard, the value the rating.</summary>
    Rating,

    /// <summary>Key-question figures: the value is the band the figure falls in.</summary>
    KeyQuestionBand,

    /// <summary>Standards rated with a previous rating: the key is the standard, the value the <see cref="Core.Insight.RatingChange"/>.</summary>
    RatingChange,

    /// <summary>Inspections with every standard rated: the value is the overall score.</summary>
    Score,

    /// <summary>Recommendations placed in a theme: the value is the theme.</summary>
    Theme,

    /// <summary>Recommendations in no theme (the value is 0).</summary>
    NoTheme,

    /// <summary>Repeated recommendations: the value is 1 when linked to the one repeated, 0 when flagged by the report only.</summary>
    Repeated,

    /// <summary>Repeated recommendations placed in a theme: the value is the theme.</summary>
    RepeatedTheme,

    /// <summary>Linked repeated recommendations: the value is the progress judged on the one repeated, <see cref="InsightTally.None"/> when none was.</summary>
    RepeatedProgress,

    /// <summary>Published plans' answers: the value is the response kind.</summary>
    Response,

    /// <summary>Answers partly or not agreed: the value is one reason given.</summary>
    Reason,

    /// <summary>
    /// Previous recommendations a report judged: the addressee is the original's group (<see cref="AsAtTally.NotKnown"/>
    /// when it is not in the service), the value the <see cref="Core.Progress.ProgressJudgement"/>.
    /// </summary>
    ProgressAddressee,

    /// <summary>Judged previous recommendations whose original is placed in a theme: the key is the theme's id, the value the judgement.</summary>
    ProgressTheme,
}

/// <summary>
/// The net change, over the reports published in one day, month or year starting on <see cref="Start"/>, in a count
/// of the national insight, per provider and addressee group. Counts for reports published from one day to another
/// are the sums up to the last day less those up to the day before the first (as <see cref="DeliveryTally"/>, whole
/// years, then months, then days), so a page reads a few thousand rows however many reports there are.
/// </summary>
public sealed class InsightTally : IProviderTally
{
    /// <summary>The addressee group of a measure that is not counted by addressee (the ratings), and a value that stands for none.</summary>
    public const int None = -1;

    public InsightMeasure Measure { get; set; }
    public TallySpan Span { get; set; }
    public DateOnly Start { get; set; }
    public int ProviderId { get; set; }

    /// <summary>The <see cref="Core.Insight.AddresseeGroup"/> of the recommendation counted, or <see cref="None"/>.</summary>
    public int Addressee { get; set; }

    /// <summary>A standard's id, or empty.</summary>
    public string Key { get; set; } = "";

    public int Value { get; set; }
    public int Change { get; set; }

    public const int KeyMaxLength = 20;
}

/// <summary>
/// The one row saying the insight tallies were counted, and under which counting rules: a database without it (new,
/// migrated, or written round the save) has them counted afresh before the figures are read.
/// </summary>
public sealed class InsightTalliesBuilt
{
    public const int OnlyRow = 1;

    public int Id { get; set; } = OnlyRow;
    public int Rules { get; set; }
}

internal sealed class InsightTallyMapping : IEntityTypeConfiguration<InsightTally>
{
    public void Configure(EntityTypeBuilder<InsightTally> t)
    {
        t.ToTable("InsightTallies");
        t.HasKey(x => new { x.Measure, x.Span, x.Start, x.ProviderId, x.Addressee, x.Key, x.Value });
        t.Property(x => x.Key).HasMaxLength(InsightTally.KeyMaxLength);
        // The sums read a measure's rows over ranges of days, months and years from the index alone.
        t.HasIndex(x => new { x.Measure, x.Span, x.Start, x.ProviderId, x.Addressee, x.Key, x.Value, x.Change });
    }
}

internal sealed class InsightTalliesBuiltMapping : IEntityTypeConfiguration<InsightTalliesBuilt>
{
    public void Configure(EntityTypeBuilder<InsightTalliesBuilt> b)
    {
        b.ToTable("InsightTalliesBuilt");
        b.Property(x => x.Id).ValueGeneratedNever();
    }
}
