using ActionPlans.Core.Recommendations;

namespace ActionPlans.Documents.Reports;

/// <summary>A recommendation of the previous inspection and the progress this one judged; null when not stated.</summary>
public sealed record PreviousRecommendation(int Number, string Text, ProgressJudgement? Progress);
