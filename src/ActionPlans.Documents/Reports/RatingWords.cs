using ActionPlans.Core.Ratings;

namespace ActionPlans.Documents.Reports;

/// <summary>Ratings as reports print them: "Requires improvement", "Requires Improvement", "Outstanding ☆".</summary>
internal static class RatingWords
{
    public static Rating? Parse(string text) =>
        new string(text.Where(char.IsLetter).ToArray()).ToLowerInvariant() switch
        {
            "inadequate" => Rating.Inadequate,
            "requiresimprovement" => Rating.RequiresImprovement,
            "good" => Rating.Good,
            "outstanding" => Rating.Outstanding,
            _ => null,
        };
}
