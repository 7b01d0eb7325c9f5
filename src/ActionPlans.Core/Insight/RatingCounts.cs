using ActionPlans.Core.Ratings;

namespace ActionPlans.Core.Insight;

/// <summary>How many times each of the four ratings was given, in one group of an insight figure.</summary>
public readonly record struct RatingCounts(int Outstanding, int Good, int RequiresImprovement, int Inadequate)
{
    public int this[Rating rating] => rating switch
    {
        Rating.Outstanding => Outstanding,
        Rating.Good => Good,
        Rating.RequiresImprovement => RequiresImprovement,
        _ => Inadequate,
    };

    public RatingCounts Add(Rating rating, int count) => rating switch
    {
        Rating.Outstanding => this with { Outstanding = Outstanding + count },
        Rating.Good => this with { Good = Good + count },
        Rating.RequiresImprovement => this with { RequiresImprovement = RequiresImprovement + count },
        _ => this with { Inadequate = Inadequate + count },
    };

    /// <summary>Counts gathered from (rating, count) rows, as a GROUP BY answers them.</summary>
    public static RatingCounts Of(IEnumerable<(Rating Rating, int Count)> rows) =>
        rows.Aggregate(new RatingCounts(), (counts, row) => counts.Add(row.Rating, row.Count));
}
