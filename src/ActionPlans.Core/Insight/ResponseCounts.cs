using ActionPlans.Core.Plans;

namespace ActionPlans.Core.Insight;

/// <summary>How many recommendations were agreed, partly agreed and not agreed, in one group.</summary>
public readonly record struct ResponseCounts(int Agreed, int PartlyAgreed, int NotAgreed)
{
    public ResponseCounts Add(ResponseKind kind, int count) => kind switch
    {
        ResponseKind.Agreed => this with { Agreed = Agreed + count },
        ResponseKind.PartlyAgreed => this with { PartlyAgreed = PartlyAgreed + count },
        _ => this with { NotAgreed = NotAgreed + count },
    };

    public static ResponseCounts Of(IEnumerable<(ResponseKind Kind, int Count)> rows) =>
        rows.Aggregate(new ResponseCounts(), (counts, row) => counts.Add(row.Kind, row.Count));
}
