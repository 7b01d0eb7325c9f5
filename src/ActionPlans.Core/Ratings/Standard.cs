using ActionPlans.Core.Cases;

namespace ActionPlans.Core.Ratings;

/// <summary>One of a framework's standards, such as "2.4 Reviewing".</summary>
public sealed record Standard
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>What good looks like, as the framework words it.</summary>
    public string Statement { get; init; } = "";

    public RatedBy RatedBy { get; init; }

    /// <summary>Other numbers reports use for this standard (one table in a CRC report heads 4.2 as 3.2).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// The qualitative key question whose evidence may move this standard one band from its rule rating
    /// whatever the figures (unpaid work: 4.1.3); null where no such move exists.
    /// </summary>
    public string? QualitativeMove { get; init; }

    public IReadOnlyList<KeyQuestion> KeyQuestions { get; init; } = [];

    /// <summary>The kinds of inspected case whose answers give this standard's figures; none for a judgement.</summary>
    public IReadOnlyList<CaseKind> CaseKinds { get; init; } = [];

    public bool IsJudgement => RatedBy == RatedBy.Judgement;

    public bool IsKnownAs(string id) => Id == id || Aliases.Contains(id);
}
