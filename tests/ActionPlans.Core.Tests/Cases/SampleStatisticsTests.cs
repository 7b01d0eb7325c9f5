using ActionPlans.Core.Cases;

namespace ActionPlans.Core.Tests.Cases;

public sealed class SampleStatisticsTests
{
    /// <summary>The formula written out again: n₀ = z²·0.25/0.05², n = n₀/(1 + (n₀ − 1)/N), rounded up.</summary>
    private static int Formula(int population)
    {
        const double z = 1.2816;
        var unlimited = z * z * 0.25 / (0.05 * 0.05);
        return (int)Math.Ceiling(Math.Round(unlimited / (1 + (unlimited - 1) / population), 9));
    }

    [Theory]
    [InlineData(1200, 145)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(100, 63)]
    [InlineData(165, 83)]
    [InlineData(1_000_000, 165)]
    [InlineData(int.MaxValue, 165)]
    public void The_sample_size_is_the_standard_one_at_80_percent_confidence_within_5_points(int population, int expected)
    {
        Assert.Equal(expected, SampleStatistics.SampleSize(population));
        Assert.Equal(Formula(population), SampleStatistics.SampleSize(population));
    }

    [Fact]
    public void The_sample_size_follows_the_formula_and_never_exceeds_the_population()
    {
        for (var population = 1; population <= 5000; population++)
        {
            var size = SampleStatistics.SampleSize(population);
            Assert.Equal(Formula(population), size);
            Assert.InRange(size, 1, population);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_population_below_one_is_refused(int population) =>
        Assert.Throws<DomainRuleException>(() => SampleStatistics.SampleSize(population));

    [Theory]
    [InlineData(50, 100, 6.4)]     // 100 × 1.2816 × √(0.25/100) = 6.408
    [InlineData(72, 97, 5.7)]      // 97 cases, p = 0.742: 5.69
    [InlineData(3, 4, 27.7)]
    [InlineData(1, 3, 34.9)]
    [InlineData(0, 20, 0)]
    [InlineData(20, 20, 0)]
    public void The_margin_of_error_is_100_z_root_p_1_minus_p_over_n(int yes, int applicable, decimal expected)
    {
        var p = (double)yes / applicable;
        Assert.Equal(Math.Round(100 * 1.2816 * Math.Sqrt(p * (1 - p) / applicable), 1, MidpointRounding.AwayFromZero), (double)SampleStatistics.MarginOfError(yes, applicable));
        Assert.Equal(expected, SampleStatistics.MarginOfError(yes, applicable));
    }

    [Fact]
    public void A_margin_needs_cases_and_a_share()
    {
        Assert.Throws<DomainRuleException>(() => SampleStatistics.MarginOfError(0, 0));
        Assert.Throws<DomainRuleException>(() => SampleStatistics.MarginOfError(5, 4));
    }

    [Fact]
    public void A_sample_of_the_standard_size_keeps_the_margin_to_5_points_at_worst()
    {
        var size = SampleStatistics.SampleSize(1_000_000);
        Assert.True(SampleStatistics.MarginOfError(size / 2, size) <= 5m);
    }
}
