namespace ActionPlans.Core.Ratings;

/// <summary>
/// A standard's stated rating set against the one the rules give, and the panel decision that explains
/// any difference. Judgement standards have no rule rating, so they never show discretion.
/// </summary>
public sealed record StandardRatingJudgement
{
    public required string StandardId { get; init; }
    public required Rating StatedRating { get; init; }

    /// <summary>The band of the lowest case-sample key question; null for a judgement standard.</summary>
    public Rating? RuleRating { get; init; }

    public decimal? LowestFigure { get; init; }

    /// <summary>What would have allowed a panel to move the rating, whether or not it did.</summary>
    public DiscretionGrounds AvailableGrounds { get; init; }

    /// <summary>The panel's reasons as the report gives them, when it moved the rating.</summary>
    public string? Rationale { get; init; }

    /// <summary>The panel stated a rating other than the rule's.</summary>
    public bool Discretion => RuleRating is { } rule && rule != StatedRating;
}
