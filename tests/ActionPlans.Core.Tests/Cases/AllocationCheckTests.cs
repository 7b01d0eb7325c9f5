using ActionPlans.Core.Allocation;
using ActionPlans.Core.Cases;

namespace ActionPlans.Core.Tests.Cases;

/// <summary>A case sample's allocation checked against Northumbria CRC's shipped guidance.</summary>
public sealed class AllocationCheckTests
{
    private static readonly AllocationGuidance Guidance = ShippedGuidances.For("Northumbria CRC", new DateOnly(2019, 9, 1), []);

    private static InspectedCase Case(CaseSample sample, string reference, string ogrs, string rosh, string band, string grade = "PSO", string flags = "")
    {
        var (details, problems) = new CaseEntry { Reference = reference, Kind = "community", Grade = grade, Harm = "no", Ogrs = ogrs, Rosh = rosh, Band = band, Flags = flags }
            .Read(GeneratedSample.Questions);
        Assert.Empty(problems);
        return sample.Add(details!);
    }

    [Fact]
    public void Each_case_is_placed_by_the_guidance_and_the_differences_are_named_with_the_rule()
    {
        var sample = new CaseSample(1);
        Case(sample, "C001", "30", "low", "Green");
        Case(sample, "C002", "60", "medium", "yellow");
        Case(sample, "C003", "30", "low", "Green", flags: "child-protection-plan");
        Case(sample, "C004", "", "", "Green");
        Case(sample, "C005", "95", "low", "Red", grade: "PO", flags: "no-such-flag");
        Case(sample, "C006", "91", "medium", "red", grade: "PO");

        var check = AllocationCheck.Of(sample.Cases, Guidance);

        Assert.Equal(4, check.Checked);
        Assert.Equal(2, check.AsGuided);
        Assert.Equal(50m, check.ShareAsGuided);
        Assert.Equal(["C002", "C003"], check.Differing.Select(c => c.Case.Reference));
        var c002 = check.Differing.First();
        Assert.Equal("Blue", c002.Expected!.Band);
        Assert.Equal(["Allocated to yellow; the guidance gives Blue (" + c002.Expected.Rule + ")."], c002.Differences);
        // A child protection plan: Blue automatically, and a PO to hold it.
        var c003 = check.Differing.Last();
        Assert.Equal(2, c003.Differences.Count);
        Assert.Contains("the guidance gives Blue", c003.Differences[0]);
        Assert.StartsWith("Held by a PSO; the guidance asks for a PO", c003.Differences[1]);

        Assert.Equal(["C004", "C005"], check.Unchecked.Select(c => c.Case.Reference));
        Assert.Contains("No OGRS score", check.Unchecked.First().NotChecked);
        Assert.Contains("no-such-flag", check.Unchecked.Last().NotChecked);
    }

    [Fact]
    public void A_sample_with_no_allocation_given_has_no_share()
    {
        var sample = new CaseSample(1);
        Case(sample, "C001", "", "", "");
        Assert.Null(AllocationCheck.Of(sample.Cases, Guidance).ShareAsGuided);
    }
}
