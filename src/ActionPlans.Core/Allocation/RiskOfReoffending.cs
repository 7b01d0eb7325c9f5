namespace ActionPlans.Core.Allocation;

/// <summary>The rows of an allocation matrix: how likely a person is to reoffend, from the OGRS 3 score.</summary>
public enum RiskOfReoffending
{
    Low,
    High,
    VeryHigh,
}

/// <summary>An OGRS 3 score: the percentage likelihood of proven reoffending within two years, 0 to 100.</summary>
public readonly record struct OgrsScore
{
    public OgrsScore(int value)
    {
        if (value is < 0 or > 100) throw new DomainRuleException($"An OGRS 3 score is from 0 to 100; {value} is not.", "ogrs");
        Value = value;
    }

    public int Value { get; }

    /// <summary>0–49 low, 50–89 high, 90–100 very high.</summary>
    public RiskOfReoffending Risk => Value switch
    {
        <= 49 => RiskOfReoffending.Low,
        <= 89 => RiskOfReoffending.High,
        _ => RiskOfReoffending.VeryHigh,
    };

    /// <summary>A score as typed (on a command line, a form, a CSV cell); anything but a whole number 0–100 is refused naming it.</summary>
    public static OgrsScore Parse(string text) =>
        int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? new OgrsScore(value)
            : throw new DomainRuleException($"An OGRS 3 score is a whole number from 0 to 100; '{text}' is not.", "ogrs");
}

/// <summary>The columns of an allocation matrix. A community rehabilitation company held cases of low and medium risk of serious harm only.</summary>
public enum RiskOfSeriousHarm
{
    Low,
    Medium,
}

public static class RiskWords
{
    public static string Of(RiskOfReoffending risk) => risk switch
    {
        RiskOfReoffending.Low => "low",
        RiskOfReoffending.High => "high",
        _ => "very high",
    };

    public static string Of(RiskOfSeriousHarm risk) => risk == RiskOfSeriousHarm.Low ? "low" : "medium";

    /// <summary>"low" or "medium", in any case; anything else is refused naming it.</summary>
    public static RiskOfSeriousHarm SeriousHarm(string text) => text.Trim().ToLowerInvariant() switch
    {
        "low" => RiskOfSeriousHarm.Low,
        "medium" => RiskOfSeriousHarm.Medium,
        _ => throw new DomainRuleException($"The risk of serious harm is low or medium; '{text}' is not one of them.", "rosh"),
    };
}

/// <summary>The grade of officer who holds a case: a probation services officer, or a probation officer, who may hold any case.</summary>
public enum OfficerGrade
{
    PSO,
    PO,
}
