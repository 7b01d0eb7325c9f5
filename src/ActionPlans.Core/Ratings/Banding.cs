namespace ActionPlans.Core.Ratings;

/// <summary>
/// Where each rating starts on a scale (percentages for key questions, scores for the overall rating).
/// A value is compared as given, never rounded: it reaches a band only at the band's lower bound, so
/// 64.5 is still below 65. Reports print whole percentages, so this only matters for recomputed figures.
/// </summary>
public sealed class Banding
{
    private readonly IReadOnlyDictionary<Rating, decimal> _lowerBounds;

    public Banding(IReadOnlyDictionary<Rating, decimal> lowerBounds)
    {
        var ratings = Enum.GetValues<Rating>();
        if (ratings.Any(r => !lowerBounds.ContainsKey(r)))
            throw new DomainRuleException("A banding needs a lower bound for every rating.");
        if (ratings.Zip(ratings.Skip(1)).Any(pair => lowerBounds[pair.First] >= lowerBounds[pair.Second]))
            throw new DomainRuleException("A banding's lower bounds must rise with the rating.");
        _lowerBounds = lowerBounds;
    }

    public decimal LowerBoundOf(Rating rating) => _lowerBounds[rating];

    public Rating Of(decimal value)
    {
        if (value < _lowerBounds[Rating.Inadequate])
            throw new DomainRuleException($"{value} is below the lowest band, which starts at {_lowerBounds[Rating.Inadequate]}.");
        return Enum.GetValues<Rating>().Last(r => _lowerBounds[r] <= value);
    }
}
