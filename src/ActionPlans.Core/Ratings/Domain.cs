namespace ActionPlans.Core.Ratings;

/// <summary>A group of standards, such as "2 Case supervision".</summary>
public sealed record Domain
{
    public required int Number { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<Standard> Standards { get; init; } = [];
}
