namespace ActionPlans.Core.Ratings;

/// <summary>A detailed question underneath a key question (Annex 4 of a report), such as "2.1.1a".</summary>
public sealed record Prompt
{
    public required string Id { get; init; }
    public required string Text { get; init; }
}
