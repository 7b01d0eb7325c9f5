namespace ActionPlans.Core.Ratings;

/// <summary>
/// A question a standard is judged on, such as "2.4.1". A case-sample question is answered by the share
/// of inspected cases judged satisfactory; a qualitative one only gives evidence and never a figure.
/// </summary>
public sealed record KeyQuestion
{
    public required string Id { get; init; }
    public required string Text { get; init; }
    public bool Qualitative { get; init; }

    /// <summary>Which cases answer it, e.g. "all cases" or "cases with risk of harm"; null for judgements.</summary>
    public string? Sample { get; init; }

    /// <summary>Asked only of cases with factors related to harm (the "keeping other people safe" questions).</summary>
    public bool HarmFactorsOnly { get; init; }

    public IReadOnlyList<Prompt> Prompts { get; init; } = [];
}
