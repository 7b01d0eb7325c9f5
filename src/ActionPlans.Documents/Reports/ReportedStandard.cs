using ActionPlans.Core.Ratings;

namespace ActionPlans.Documents.Reports;

/// <summary>
/// A standard as the report rates it. RuleRating is what the rules give from the key questions (null for
/// judgement standards); Discretion says the stated rating differs from it, with what allowed the move and
/// the panel's reason as footnoted.
/// </summary>
public sealed record ReportedStandard(
    string Id,
    string Name,
    Rating Rating,
    Rating? RuleRating,
    bool Discretion,
    DiscretionGrounds DiscretionGrounds,
    string? DiscretionRationale,
    Rating? PreviousRating,
    IReadOnlyList<ReportedKeyQuestion> KeyQuestions);
