using ActionPlans.Core.Ratings;

namespace ActionPlans.Documents.Reports;

/// <summary>
/// What an inspection report says, read from its text. Score is recomputed from the standards' ratings;
/// StatedScore and Overall are as printed, and any disagreement is among the warnings.
/// </summary>
public sealed record InspectionReport(
    string FrameworkId,
    string Provider,
    ReportMonth? Published,
    DateOnly? FieldworkStarted,
    int Score,
    int StatedScore,
    Rating Overall,
    IReadOnlyList<ReportedStandard> Standards,
    IReadOnlyList<ReportedRecommendation> Recommendations,
    IReadOnlyList<PreviousRecommendation> PreviousRecommendations,
    IReadOnlyList<Warning> Warnings);
