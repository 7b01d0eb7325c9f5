using ActionPlans.Core.Recommendations;

namespace ActionPlans.Core.Inspections;

/// <summary>
/// A recommendation of the previous inspection as this inspection lists it, with its judgement of the
/// progress made; linked to the original when that inspection is in the service.
/// </summary>
public sealed class PreviousRecommendation
{
    private PreviousRecommendation() { Text = ""; }

    internal PreviousRecommendation(int number, string text, ProgressJudgement? progress, Recommendation? original)
    {
        Number = number;
        Text = text;
        Progress = progress;
        Original = original;
    }

    public int Id { get; private set; }
    public int InspectionId { get; private set; }
    public int Number { get; private set; }
    public string Text { get; private set; }
    public ProgressJudgement? Progress { get; private set; }
    public int? OriginalId { get; private set; }
    public Recommendation? Original { get; private set; }

    public void Judge(ProgressJudgement? progress) => Progress = progress;

    public void LinkTo(Recommendation original) => Original = original;
}
