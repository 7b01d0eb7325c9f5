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
        List<KeyQuestionFigure> figures;
        try
        {
            figures = Figures(standard, result).ToList();
        }
        catch (DomainRuleException e)
        {
            return new StandardAssessment(standard, result, null, null, e.Message);
        }
        var rule = rules.RuleRatingOf(standard, figures);
        var lowest = figures.Where(f => f.Percentage is not null).Min(f => f.Percentage);
        return new StandardAssessment(standard, result, rule, lowest, Problem(standard, result, figures, rule, rules));
    }

    /// <summary>Why the stated rating cannot stand: the rules could not reach it, or no reason is recorded for moving it.</summary>
    private static string? Problem(Standard standard, StandardResult result, List<KeyQuestionFigure> figures, Rating? rule, RatingRules rules)
    {
        if (result.StatedRating is not { } stated || rule is null) return null;
        try
        {
            rules.Judge(standard, figures, stated, result.DiscretionRationale);
        }
        catch (DomainRuleException e)
        {
            return e.Message;
        }
        return stated != rule && result.DiscretionRationale is null
            ? $"Standard {standard.Id} is rated {stated} but its figures give {rule}: record the ratings panel's reason."
            : null;
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
