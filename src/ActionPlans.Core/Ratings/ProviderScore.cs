namespace ActionPlans.Core.Ratings;

/// <summary>The sum of every standard's rating (Inadequate 0 … Outstanding 3) and the overall rating it bands to.</summary>
public readonly record struct ProviderScore(int Value, int Maximum, Rating Overall)
{
    public override string ToString() => $"{Value}/{Maximum}";
}
