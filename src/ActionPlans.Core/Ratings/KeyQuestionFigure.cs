namespace ActionPlans.Core.Ratings;

/// <summary>
/// The share of cases judged satisfactory on one key question; null where there is no figure.
/// Cases, when known, is how many cases the share is of (a sub-sample may be small).
/// </summary>
public sealed record KeyQuestionFigure
{
    public KeyQuestionFigure(KeyQuestion question, decimal? percentage, int? cases = null)
    {
        if (percentage is < 0 or > 100)
            throw new DomainRuleException($"Key question {question.Id} must be a percentage from 0 to 100, not {percentage}.");
        if (question.Qualitative && percentage is not null)
            throw new DomainRuleException($"Key question {question.Id} is qualitative and has no figure.");
        if (cases is < 1)
            throw new DomainRuleException($"Key question {question.Id} needs at least one case behind its figure.");
        Question = question;
        Percentage = percentage;
        Cases = cases;
    }

    public KeyQuestion Question { get; }
    public decimal? Percentage { get; }
    public int? Cases { get; }
}
