namespace ActionPlans.Core.Ratings;

/// <summary>The inspectorate's four-point scale. The numeric value is the score a standard contributes (0–3).</summary>
public enum Rating
{
    Inadequate = 0,
    RequiresImprovement = 1,
    Good = 2,
    Outstanding = 3,
}
