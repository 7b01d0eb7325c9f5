using ActionPlans.Core.Ratings;

namespace ActionPlans.Core.Insight;

/// <summary>How a standard's rating moved from the one the provider's previous inspection gave it.</summary>
public enum RatingChange
{
    Improved,
    Same,
    Declined,
}

public static class RatingChanges
{
    public static RatingChange Between(Rating previous, Rating current) =>
        current > previous ? RatingChange.Improved : current < previous ? RatingChange.Declined : RatingChange.Same;
}
