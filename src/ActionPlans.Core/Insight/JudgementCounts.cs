using ActionPlans.Core.Recommendations;

namespace ActionPlans.Core.Insight;

/// <summary>How many previous recommendations were judged to have made sufficient, some and no progress, in one group.</summary>
public readonly record struct JudgementCounts(int Sufficient, int Some, int None)
{
    public JudgementCounts Add(ProgressJudgement judged, int count) => judged switch
    {
        ProgressJudgement.Sufficient => this with { Sufficient = Sufficient + count },
        ProgressJudgement.Some => this with { Some = Some + count },
        _ => this with { None = None + count },
    };

    public static JudgementCounts Of(IEnumerable<(ProgressJudgement Judged, int Count)> rows) =>
        rows.Aggregate(new JudgementCounts(), (counts, row) => counts.Add(row.Judged, row.Count));
}
