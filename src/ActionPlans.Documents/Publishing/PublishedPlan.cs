using ActionPlans.Core.Plans;
using ActionPlans.Documents.Plans;

namespace ActionPlans.Documents.Publishing;

/// <summary>
/// A plan as it is published: what the Word, PDF and CSV forms show, and nothing they do not.
/// Built from a reading of a plan's text here; the service builds it from its own records.
/// </summary>
public sealed record PublishedPlan(
    string? Provider,
    DateOnly? Submitted,
    DateOnly? ReportPublished,
    IReadOnlyList<PublishedRecommendation> Recommendations)
{
    /// <summary>Counted from the rows, so the summary table cannot disagree with them.</summary>
    public ResponseSummary Summary { get; } = new(
        Recommendations.Count(r => r.Response == ResponseKind.Agreed),
        Recommendations.Count(r => r.Response == ResponseKind.PartlyAgreed),
        Recommendations.Count(r => r.Response == ResponseKind.NotAgreed));

    public static PublishedPlan From(PlanReading reading) => new(
        reading.Provider,
        reading.Submitted,
        reading.ReportPublished,
        [.. reading.Recommendations.Select(r => new PublishedRecommendation(
            r.Number,
            r.Text,
            r.Addressee,
            r.Repeated,
            r.Response,
            Paragraphs(r.ResponseText),
            // A plan's text does not set the reasons apart from the rest of the response.
            Explanation: null,
            [.. r.Actions.Select(a => new PublishedAction(a.Text, a.Owner, a.Target, a.Label))]))]);

    private static IReadOnlyList<string> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <param name="Text">Paragraphs one per line.</param>
/// <param name="Addressee">Who the recommendation is for; a group header shows it when it is not the provider.</param>
/// <param name="Response">Null while unanswered.</param>
/// <param name="Narrative">The response's paragraphs that are not actions.</param>
/// <param name="Explanation">Why the recommendation is not (fully) agreed, naming the reason.</param>
public sealed record PublishedRecommendation(
    int Number,
    string Text,
    string? Addressee,
    bool Repeated,
    ResponseKind? Response,
    IReadOnlyList<string> Narrative,
    string? Explanation,
    IReadOnlyList<PublishedAction> Actions)
{
    /// <summary>The recommendation as the plan shows it, with the words that mark it repeated.</summary>
    internal string ShownText => Repeated ? Text + "\n" + PlanTerms.Repeated : Text;

    /// <summary>The response column's text before the actions: the narrative, then the reasons.</summary>
    internal IReadOnlyList<string> ResponseParagraphs =>
        string.IsNullOrWhiteSpace(Explanation) ? Narrative : [.. Narrative, PlanTerms.ExplanationPrefix + Explanation];
}

/// <param name="Text">The action, its paragraphs and sub-items one per line.</param>
/// <param name="Target">The target date as written ("June 2019", "Completed", "Ongoing").</param>
/// <param name="Label">The item's own label ("a)", "1.1") when the plan refers to its items by it.</param>
public sealed record PublishedAction(string Text, string? Owner, string? Target, string? Label = null)
{
    /// <summary>The action as the plan shows it, after its label.</summary>
    internal string ShownText => Label is null ? Text : Label + " " + Text;
}
