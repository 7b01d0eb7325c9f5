using ActionPlans.Core.Recommendations;

namespace ActionPlans.Core.Tests.Recommendations;

public sealed class WordingTests
{
    [Fact]
    public void The_same_recommendation_worded_slightly_differently_matches()
    {
        Assert.True(Wording.Matches(
            "The CRC should ensure that people who require home visits receive them",
            "Ensure that people who require home visits receive them."));
    }

    [Fact]
    public void Different_recommendations_do_not_match()
    {
        Assert.False(Wording.Matches(
            "Ensure that people who require home visits receive them",
            "Provide sufficient private interview space for structured interventions"));
        Assert.Equal(0, Wording.Similarity("", "anything at all"));
    }
}
