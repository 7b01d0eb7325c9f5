namespace ActionPlans.Core.Ratings;

/// <summary>A framework's rules for turning key-question figures into standard ratings and ratings into a score.</summary>
public sealed class RatingRules(Banding keyQuestionBands, decimal discretionMargin, Banding overallBands, int standardCount)
{
    public Rating BandOf(decimal percentage) =>
        percentage is < 0 or > 100
            ? throw new DomainRuleException($"A key question figure must be a percentage from 0 to 100, not {percentage}.")
            : keyQuestionBands.Of(percentage);

    /// <summary>
    /// Close means within the margin of a boundary on either side, inclusive: with a margin of five,
    /// 45 to 55 may be moved across the boundary at 50, and 44 or 56 may not. When the number of cases is
    /// known, a figure is also close where one case judged differently would cross the boundary.
    /// </summary>
    public DiscretionEligibility DiscretionFor(decimal lowestPercentage, int? cases = null)
    {
        var band = BandOf(lowestPercentage);
        var oneCase = cases is > 0 ? 100m / cases.Value : 0;
        var belowNext = band == Rating.Outstanding ? (decimal?)null : keyQuestionBands.LowerBoundOf(band + 1) - lowestPercentage;
        var aboveOwn = band == Rating.Inadequate ? (decimal?)null : lowestPercentage - keyQuestionBands.LowerBoundOf(band);
        return new DiscretionEligibility(
            CanRaise: belowNext <= discretionMargin || belowNext <= oneCase,
            CanLower: aboveOwn <= discretionMargin || aboveOwn < oneCase);
    }

    /// <summary>The band of the lowest figure; qualitative questions and missing figures take no part.</summary>
    public Rating? RuleRatingOf(Standard standard, IEnumerable<KeyQuestionFigure> figures) =>
        Lowest(standard, figures) is { Percentage: { } lowest } ? BandOf(lowest) : null;

    public StandardRatingJudgement Judge(Standard standard, IEnumerable<KeyQuestionFigure> figures, Rating stated, string? rationale = null)
    {
        if (Lowest(standard, figures) is not { Percentage: { } figure } lowest)
            return new StandardRatingJudgement { StandardId = standard.Id, StatedRating = stated, Rationale = rationale };

        var rule = BandOf(figure);
        var grounds = (DiscretionFor(figure, lowest.Cases).Allows(rule, stated) ? DiscretionGrounds.NearBoundary : DiscretionGrounds.None)
            | (standard.QualitativeMove is not null && Math.Abs(stated - rule) == 1 ? DiscretionGrounds.QualitativeEvidence : DiscretionGrounds.None);
        if (stated != rule && grounds == DiscretionGrounds.None)
            throw new DomainRuleException(
                $"Standard {standard.Id} is stated as {stated}, but its lowest key question ({figure}%) gives {rule} " +
                $"and is neither within {discretionMargin} points nor one case of that boundary, so a panel could not move it there.");
        return new StandardRatingJudgement
        {
            StandardId = standard.Id,
            StatedRating = stated,
            RuleRating = rule,
            LowestFigure = figure,
            AvailableGrounds = grounds,
            Rationale = stated == rule ? null : rationale,
        };
    }

    /// <summary>Sums the ratings of every standard of the framework, without weighting, and bands the total.</summary>
    public ProviderScore Score(IReadOnlyCollection<Rating> ratings)
    {
        if (ratings.Count != standardCount)
            throw new DomainRuleException($"A score sums all {standardCount} standards, not {ratings.Count}.");
        var value = ratings.Sum(r => (int)r);
        return new ProviderScore(value, MaximumScore, OverallFor(value));
    }

    public int MaximumScore => standardCount * (int)Rating.Outstanding;

    public Rating OverallFor(int score) =>
        score < 0 || score > MaximumScore
            ? throw new DomainRuleException($"A score runs from 0 to {MaximumScore}, not {score}.")
            : overallBands.Of(score);

    private static KeyQuestionFigure? Lowest(Standard standard, IEnumerable<KeyQuestionFigure> figures) =>
        standard.IsJudgement ? null : figures.Where(f => f.Percentage is not null).MinBy(f => f.Percentage);
}
