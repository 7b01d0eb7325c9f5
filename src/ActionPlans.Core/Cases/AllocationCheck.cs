using ActionPlans.Core.Allocation;

namespace ActionPlans.Core.Cases;

/// <summary>
/// One case's allocation beside what the provider's guidance gives for it: the differences in band and in the grade of
/// officer holding it, each with the rule behind the guidance's answer; or why it could not be checked.
/// </summary>
public sealed record CaseAllocationCheck(InspectedCase Case, ExpectedAllocation? Expected, IReadOnlyList<string> Differences, string? NotChecked)
{
    public bool IsChecked => Expected is not null;

    public bool AsGuided => IsChecked && Differences.Count == 0;
}

/// <summary>How a case sample was allocated against the provider's allocation guidance.</summary>
public sealed record AllocationCheck(IReadOnlyList<CaseAllocationCheck> Cases)
{
    public int Checked => Cases.Count(c => c.IsChecked);

    public int AsGuided => Cases.Count(c => c.AsGuided);

    /// <summary>The share of the cases checked that were allocated as the guidance says; null when none could be checked.</summary>
    public decimal? ShareAsGuided => Checked == 0 ? null : Math.Round(100m * AsGuided / Checked, 1);

    public IEnumerable<CaseAllocationCheck> Differing => Cases.Where(c => c.IsChecked && !c.AsGuided);

    public IEnumerable<CaseAllocationCheck> Unchecked => Cases.Where(c => !c.IsChecked);

    public static AllocationCheck Of(IEnumerable<InspectedCase> cases, AllocationGuidance guidance) =>
        new([.. cases.Select(c => Check(c, guidance))]);

    private static CaseAllocationCheck Check(InspectedCase inspected, AllocationGuidance guidance)
    {
        if (inspected.Ogrs is not { } ogrs || inspected.Rosh is not { } rosh)
            return new(inspected, null, [], "No OGRS score or risk of serious harm was given, so the guidance cannot place it.");
        ExpectedAllocation expected;
        try
        {
            expected = guidance.Allocate(ogrs.ToString(System.Globalization.CultureInfo.InvariantCulture), rosh, inspected.Flags);
        }
        catch (DomainRuleException e)
        {
            return new(inspected, null, [], e.Message);
        }
        var differences = new List<string>();
        if (inspected.Band is not { Length: > 0 } band)
            differences.Add($"No band was given; the guidance gives {expected.Band} ({expected.Rule}).");
        else if (!string.Equals(band.Trim(), expected.Band, StringComparison.OrdinalIgnoreCase))
            differences.Add($"Allocated to {band}; the guidance gives {expected.Band} ({expected.Rule}).");
        if (inspected.Grade is { } grade && !expected.MayBeHeldBy(grade))
            differences.Add($"Held by a {grade}; the guidance asks for a {expected.Grade}{(expected.GradeRule is { } rule ? $" ({rule})" : "")}.");
        return new(inspected, expected, differences, null);
    }
}
