using ActionPlans.Core.Allocation;

namespace ActionPlans.Core.Tests.Allocation;

/// <summary>
/// An invented guidance with other bands, cells, flags and rules (a grade by band, a very-high cell below the highest):
/// whatever Northumbria's guidance says is data, not code.
/// </summary>
public sealed class SecondGuidanceTests
{
    public static string Json => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Allocation", "kestrel-vale-guidance.json"));

    private static readonly AllocationGuidance Guidance = GuidanceReading.Parse(Json);

    private static ExpectedAllocation Allocate(int ogrs, string rosh, params string[] flags) => Guidance.Allocate(ogrs.ToString(System.Globalization.CultureInfo.InvariantCulture), rosh, flags);

    [Theory]
    [InlineData(49, "low", "Tier 1")]
    [InlineData(49, "medium", "Tier 2")]
    [InlineData(50, "low", "Tier 1")]
    [InlineData(89, "medium", "Tier 3")]
    [InlineData(90, "low", "Tier 2")]
    [InlineData(90, "medium", "Tier 3")]
    public void Its_own_matrix(int ogrs, string rosh, string band) => Assert.Equal(band, Allocate(ogrs, rosh).Band);

    [Fact]
    public void Its_own_flag_makes_the_risk_very_high_and_its_automatic_rule_rises_with_it()
    {
        Assert.Equal(("Tier 2", "Matrix: very high risk of reoffending, low risk of serious harm"), (Allocate(10, "low", "persistent").Band, Allocate(10, "low", "persistent").Rule));
        Assert.Equal(("Tier 2", "Automatic Tier 2: gang affiliation"), (Allocate(10, "low", "gang").Band, Allocate(10, "low", "gang").Rule));
        Assert.Equal(("Tier 3", "Automatic Tier 3: gang affiliation"), (Allocate(10, "low", "gang", "persistent").Band, Allocate(10, "low", "gang", "persistent").Rule));
    }

    [Fact]
    public void Its_consider_rule_names_the_band_for_the_risk()
    {
        Assert.Equal(["Consider Tier 2: a veteran's needs"], Allocate(10, "low", "veteran").Consider);
        Assert.Equal(["Consider Tier 3: a veteran's needs"], Allocate(95, "low", "veteran").Consider);
        Assert.Empty(Allocate(95, "medium", "veteran").Consider);
    }

    [Fact]
    public void Its_grade_follows_the_band()
    {
        var top = Allocate(70, "medium");
        Assert.Equal(("Tier 3", OfficerGrade.PO, "every Tier 3 case is held by a PO"), (top.Band, top.Grade, top.GradeRule));
        var arson = Allocate(10, "low", "arson");
        Assert.Equal(("Tier 2", "At least Tier 2: arson", OfficerGrade.PSO), (arson.Band, arson.Rule, arson.Grade));
        Assert.Equal(["Consider a PO: arson: a PO when the fire risk is to people"], arson.Consider);
    }

    [Fact]
    public void Northumbria_flags_are_not_its_own()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Allocate(10, "low", "iom"));
        Assert.Contains("'iom'", refused.Message);
        Assert.Contains("persistent, gang, arson, veteran", refused.Message);
    }

    [Fact]
    public void A_stored_guidance_is_found_by_any_of_its_names_within_its_days_before_a_shipped_one()
    {
        Assert.Same(Guidance, ShippedGuidances.For("Kestrel Vale Community Rehabilitation Company", new DateOnly(2021, 3, 31), [Guidance]));
        Assert.Same(Guidance, ShippedGuidances.For("Kestrel Vale Rehabilitation", new DateOnly(2020, 4, 1), [Guidance]));
        Assert.Throws<DomainRuleException>(() => ShippedGuidances.For("Kestrel Vale CRC", new DateOnly(2021, 4, 1), [Guidance]));

        var storedForNorthumbria = GuidanceReading.Parse(Json.Replace("\"Kestrel Vale CRC\", \"Kestrel Vale Rehabilitation\"", "\"Northumbria Community Rehabilitation Company\""));
        Assert.Same(storedForNorthumbria, ShippedGuidances.For("Northumbria CRC", new DateOnly(2020, 6, 1), [storedForNorthumbria]));
        // Outside the stored one's days, the shipped one answers.
        Assert.Equal("Red", ShippedGuidances.For("Northumbria CRC", new DateOnly(2021, 6, 1), [storedForNorthumbria]).Bands[^1]);
    }
}
