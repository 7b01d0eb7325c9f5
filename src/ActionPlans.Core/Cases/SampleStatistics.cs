namespace ActionPlans.Core.Cases;

/// <summary>
/// How sure a case sample's figures are. The inspectorate sets its samples for 80% confidence with a margin of error
/// of 5 percentage points, and says sub-samples have wider margins; these are the textbook formulas for a proportion
/// (the normal approximation) that such a statement rests on, so the figures' margins and the sample sizes agree with it.
/// </summary>
public static class SampleStatistics
{
    /// <summary>The standard normal quantile for 80% two-sided confidence (the 90th percentile).</summary>
    public const decimal Z80 = 1.2816m;

    /// <summary>The margin of error, in percentage points, a sample is sized for.</summary>
    public const decimal TargetMargin = 5m;

    /// <summary>
    /// The margin of error of a share, in percentage points at 80% confidence, one decimal place:
    /// 100·z·√(p(1−p)/n), p the share answered yes and n the cases the question applies to. It is the margin the
    /// sample size below is chosen to keep to 5; it is 0 when every case, or none, is yes (the approximation's limit).
    /// </summary>
    public static decimal MarginOfError(int yes, int applicable)
    {
        if (applicable < 1) throw new DomainRuleException("A margin of error needs at least one case.");
        if (yes < 0 || yes > applicable) throw new DomainRuleException($"{yes} yes of {applicable} cases is not a share.");
        var p = (double)yes / applicable;
        var margin = 100 * (double)Z80 * Math.Sqrt(p * (1 - p) / applicable);
        return Math.Round((decimal)margin, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// The cases to inspect of a population for a proportion at 80% confidence within 5 points, assuming the least
    /// favourable share (p = 0.5): n₀ = z²·p(1−p)/e², then the finite population correction n = n₀ / (1 + (n₀ − 1)/N),
    /// rounded up (145 of 1,200). Worked in decimals so that a result that is whole is not rounded up by a binary error.
    /// </summary>
    public static int SampleSize(int population)
    {
        if (population < 1) throw new DomainRuleException($"The population is a whole number of cases, 1 or more, not {population}.");
        var e = TargetMargin / 100;
        var unlimited = Z80 * Z80 * 0.25m / (e * e);
        var corrected = unlimited / (1 + (unlimited - 1) / population);
        return (int)Math.Min(population, Math.Ceiling(corrected));
    }
}
