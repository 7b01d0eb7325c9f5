namespace ActionPlans.Core.Ratings;

/// <summary>
/// Whether a lowest key-question figure is close enough to a band boundary for a ratings panel to move
/// the rating across it: up into the next band, or down into the one below.
/// </summary>
public readonly record struct DiscretionEligibility(bool CanRaise, bool CanLower)
{
    public bool Allows(Rating ruleRating, Rating stated) =>
        (stated - ruleRating) switch
        {
            1 => CanRaise,
            -1 => CanLower,
            _ => false,
        };
}
