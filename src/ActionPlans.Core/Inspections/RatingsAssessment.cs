using ActionPlans.Core.Ratings;

namespace ActionPlans.Core.Inspections;

/// <summary>One standard of an inspection beside what the framework's rules make of its figures.</summary>
public sealed record StandardAssessment(Standard Standard, StandardResult? Result, Rating? RuleRating, decimal? LowestFigure, string? Problem)
{
    public Rating? Stated => Result?.StatedRating;

    /// <summary>The stated rating is not the one the rules give: a ratings panel used its discretion.</summary>
    public bool Differs => Stated is { } stated && RuleRating is { } rule && stated != rule;
}

/// <summary>
/// An inspection's ratings checked against its framework: the rule rating of every standard, where the
/// stated rating differs and whether the rules allow it, and the score and overall rating.
/// </summary>
public sealed record RatingsAssessment(StandardsFramework Framework, IReadOnlyList<StandardAssessment> Standards, ProviderScore? Score, int? StatedScore)
{
    public bool HasProblems => Standards.Any(s => s.Problem is not null);

    public static RatingsAssessment Of(Inspection inspection, StandardsFramework framework)
    {
        var assessed = framework.Standards.Select(standard => Assess(standard, inspection.Standards.FirstOrDefault(r => standard.IsKnownAs(r.StandardId)), framework.Rules)).ToList();
        var stated = assessed.Select(a => a.Stated).OfType<Rating>().ToList();
        ProviderScore? score = stated.Count == assessed.Count ? framework.Rules.Score(stated) : null;
        return new RatingsAssessment(framework, assessed, score, inspection.StatedScore);
    }

    private static StandardAssessment Assess(Standard standard, StandardResult? result, RatingRules rules)
    {
        if (result is null) return new StandardAssessment(standard, null, null, null, null);
        try
        {
            var figures = Figures(standard, result).ToList();
            var rule = rules.RuleRatingOf(standard, figures);
            var lowest = figures.Where(f => f.Percentage is not null).Min(f => f.Percentage);
            string? problem = null;
            if (result.StatedRating is { } stated && rule is not null)
            {
                rules.Judge(standard, figures, stated, result.DiscretionRationale);
                if (stated != rule && result.DiscretionRationale is null)
                    problem = $"Standard {standard.Id} is rated {stated} but its figures give {rule}: record the ratings panel's reason.";
            }
            return new StandardAssessment(standard, result, rule, lowest, problem);
        }
        catch (DomainRuleException e)
        {
            return new StandardAssessment(standard, result, null, null, e.Message);
        }
    }

    /// <summary>The recorded figures matched to the framework's key questions, by number where known, else in order.</summary>
    private static IEnumerable<KeyQuestionFigure> Figures(Standard standard, StandardResult result)
    {
        for (var i = 0; i < standard.KeyQuestions.Count; i++)
        {
            var question = standard.KeyQuestions[i];
            var recorded = result.KeyQuestions.FirstOrDefault(k => k.KeyQuestionId == question.Id)
                ?? (result.KeyQuestions.All(k => k.KeyQuestionId is null) && i < result.KeyQuestions.Count ? result.KeyQuestions[i] : null);
            if (recorded is not null) yield return new KeyQuestionFigure(question, question.Qualitative ? null : recorded.Current);
        }
    }
}
