namespace ActionPlans.Core.Ratings;

/// <summary>The share of cases judged satisfactory on one key question; null where there is no figure.</summary>
public sealed record KeyQuestionFigure
{
    public KeyQuestionFigure(KeyQuestion question, decimal? percentage)
    {
        if (percentage is < 0 or > 100)
            throw new DomainRuleException($"Key question {question.Id} must be a percentage from 0 to 100, not {percentage}.");
        if (question.Qualitative && percentage is not null)
            throw new DomainRuleException($"Key question {question.Id} is qualitative and has no figure.");
        Question = question;
        Percentage = percentage;
    }

    public KeyQuestion Question { get; }
    public decimal? Percentage { get; }
}
