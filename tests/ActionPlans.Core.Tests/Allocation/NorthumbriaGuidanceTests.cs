using ActionPlans.Core.Allocation;

namespace ActionPlans.Core.Tests.Allocation;

/// <summary>The guidance shipped for Northumbria CRC, cell by cell and rule by rule, as annex 3 of its 2019 report sets it out.</summary>
public sealed class NorthumbriaGuidanceTests
{
    private static readonly DateOnly Fieldwork = new(2019, 9, 16);

    private static AllocationGuidance Guidance => ShippedGuidances.For("Northumbria CRC", Fieldwork, []);

    private static ExpectedAllocation Allocate(int ogrs, string rosh, params string[] flags) => Guidance.Allocate(new OgrsScore(ogrs), RiskWords.SeriousHarm(rosh), flags);

    [Theory]
    [InlineData(0, "low", "Green", "low")]
    [InlineData(49, "low", "Green", "low")]
    [InlineData(0, "medium", "Yellow", "low")]
    [InlineData(49, "medium", "Yellow", "low")]
    [InlineData(50, "low", "Yellow", "high")]
    [InlineData(89, "low", "Yellow", "high")]
    [InlineData(50, "medium", "Blue", "high")]
    [InlineData(89, "medium", "Blue", "high")]
    [InlineData(90, "low", "Red", "very high")]
    [InlineData(100, "low", "Red", "very high")]
    [InlineData(90, "medium", "Red", "very high")]
    [InlineData(100, "medium", "Red", "very high")]
    public void Every_cell_of_the_matrix_and_its_ogrs_boundaries(int ogrs, string rosh, string band, string risk)
    {
        var answer = Allocate(ogrs, rosh);
        Assert.Equal(band, answer.Band);
        Assert.Equal($"Matrix: {risk} risk of reoffending, {rosh} risk of serious harm", answer.Rule);
        Assert.Empty(answer.Consider);
        Assert.Equal(OfficerGrade.PSO, answer.Grade);
        Assert.Null(answer.GradeRule);
    }

    [Theory]
    [InlineData(10, "low")]
    [InlineData(60, "medium")]
    [InlineData(95, "low")]
    public void An_iom_nominal_is_red_whatever_the_ogrs(int ogrs, string rosh)
    {
        var answer = Allocate(ogrs, rosh, "iom");
        Assert.Equal("Red", answer.Band);
        Assert.Equal("Automatic Red: every IOM nominal", answer.Rule);
    }

    [Theory]
    [InlineData("drr", "At least Yellow: the order has a drug, alcohol or mental health treatment requirement")]
    [InlineData("atr", "At least Yellow: the order has a drug, alcohol or mental health treatment requirement")]
    [InlineData("mhtr", "At least Yellow: the order has a drug, alcohol or mental health treatment requirement")]
    [InlineData("aces", "At least Yellow: a young adult whose adverse childhood experiences are known")]
    [InlineData("serious-organised-crime", "At least Yellow: any part in serious organised crime, even at its edges")]
    public void A_minimum_raises_green_to_yellow(string flag, string rule)
    {
        var answer = Allocate(20, "low", flag);
        Assert.Equal("Yellow", answer.Band);
        Assert.Equal(rule, answer.Rule);
    }

    [Fact]
    public void A_minimum_never_lowers_the_band_and_leaves_an_equal_one_to_the_matrix()
    {
        Assert.Equal(("Blue", "Matrix: high risk of reoffending, medium risk of serious harm"), Pair(Allocate(70, "medium", "drr")));
        Assert.Equal(("Red", "Matrix: very high risk of reoffending, low risk of serious harm"), Pair(Allocate(92, "low", "atr")));
        Assert.Equal(("Yellow", "Matrix: low risk of reoffending, medium risk of serious harm"), Pair(Allocate(30, "medium", "aces")));
    }

    [Theory]
    [InlineData("child-protection-plan", "a child protection plan is in place")]
    [InlineData("sex-offence-current", "a sexual offence, now or in the past")]
    [InlineData("sex-offence-historic", "a sexual offence, now or in the past")]
    [InlineData("prevent", "a Prevent case")]
    public void Automatic_blue_becomes_red_when_the_risk_of_reoffending_is_very_high(string flag, string says)
    {
        Assert.Equal(("Blue", $"Automatic Blue: {says}"), Pair(Allocate(0, "low", flag)));
        Assert.Equal(("Blue", $"Automatic Blue: {says}"), Pair(Allocate(89, "medium", flag)));
        Assert.Equal(("Red", $"Automatic Red: {says}"), Pair(Allocate(90, "low", flag)));
        // An IOM nominal's risk of reoffending is very high; the IOM rule comes first of the automatic ones.
        Assert.Equal(("Red", "Automatic Red: every IOM nominal"), Pair(Allocate(5, "low", flag, "iom")));
    }

    [Fact]
    public void An_automatic_band_wins_over_a_lower_minimum()
    {
        Assert.Equal(("Blue", "Automatic Blue: a Prevent case"), Pair(Allocate(10, "low", "drr", "prevent")));
        Assert.Equal(("Blue", "Automatic Blue: a Prevent case"), Pair(Allocate(10, "low", "prevent", "serious-organised-crime")));
    }

    [Theory]
    [InlineData("child-concern", "safeguarding: a concern about a child, or a child in need")]
    [InlineData("domestic-abuse", "domestic abuse")]
    [InlineData("hate-crime", "hate crime")]
    [InlineData("complex-mental-health", "complex mental health needs")]
    public void A_consider_rule_leaves_the_band_and_notes_the_higher_one(string flag, string says)
    {
        var low = Allocate(40, "low", flag);
        Assert.Equal("Green", low.Band);
        Assert.StartsWith("Matrix:", low.Rule);
        Assert.Contains($"Consider Blue: {says}", low.Consider);

        Assert.DoesNotContain(Allocate(95, "low", flag).Consider, c => c.StartsWith("Consider Red", StringComparison.Ordinal));
        Assert.DoesNotContain(Allocate(60, "medium", flag).Consider, c => c.StartsWith("Consider Blue", StringComparison.Ordinal));
    }

    [Fact]
    public void At_very_high_risk_the_band_is_red_and_only_the_note_on_the_grade_remains()
    {
        Assert.Equal(["Consider a PO: domestic abuse: weigh the harm, the continuing risk to people, MARAC or MATAC involvement and any settled pattern of behaviour before a PSO holds it"],
            Allocate(95, "medium", "domestic-abuse").Consider);
    }

    [Theory]
    [InlineData("sex-offence-current", "a case for a current sexual offence is held by a PO")]
    [InlineData("sex-offence-historic", "a past sexual offence normally means a PO holds the case")]
    [InlineData("mhtr", "a mental health treatment requirement normally goes to a PO")]
    [InlineData("child-protection-plan", "a child protection plan current when the case is allocated")]
    public void Some_cases_are_held_by_a_po(string flag, string rule)
    {
        var answer = Allocate(30, "low", flag);
        Assert.Equal(OfficerGrade.PO, answer.Grade);
        Assert.Equal(rule, answer.GradeRule);
        Assert.True(answer.MayBeHeldBy(OfficerGrade.PO));
        Assert.False(answer.MayBeHeldBy(OfficerGrade.PSO));
    }

    [Theory]
    [InlineData("domestic-abuse", "Consider a PO: domestic abuse:")]
    [InlineData("hate-crime", "Consider a PO: hate crime:")]
    [InlineData("complex-mental-health", "Consider a PO: mental health needs:")]
    public void Some_cases_should_be_considered_for_a_po_and_the_note_goes_once_a_po_is_required(string flag, string note)
    {
        var answer = Allocate(70, "medium", flag);
        Assert.Equal(OfficerGrade.PSO, answer.Grade);
        Assert.True(answer.MayBeHeldBy(OfficerGrade.PSO));
        Assert.Contains(answer.Consider, c => c.StartsWith(note, StringComparison.Ordinal));

        var withPo = Allocate(70, "medium", flag, "sex-offence-current");
        Assert.Equal(OfficerGrade.PO, withPo.Grade);
        Assert.DoesNotContain(withPo.Consider, c => c.StartsWith(note, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("-1", "'-1'")]
    [InlineData("101", "101")]
    [InlineData("fifty", "'fifty'")]
    [InlineData("49.5", "'49.5'")]
    public void An_ogrs_outside_0_to_100_is_refused_naming_it(string ogrs, string named)
    {
        var refused = Assert.Throws<DomainRuleException>(() => Guidance.Allocate(ogrs, "low", []));
        Assert.Contains(named, refused.Message);
        Assert.Contains("OGRS", refused.Message);
        Assert.Equal("ogrs", refused.About);
    }

    [Fact]
    public void An_unknown_risk_of_serious_harm_or_flag_is_refused_naming_it()
    {
        var rosh = Assert.Throws<DomainRuleException>(() => Guidance.Allocate("40", "high", []));
        Assert.Contains("'high'", rosh.Message);
        Assert.Equal("rosh", rosh.About);
        var flag = Assert.Throws<DomainRuleException>(() => Guidance.Allocate("40", "low", ["drr", "arson"]));
        Assert.Contains("'arson'", flag.Message);
        Assert.Equal("flags", flag.About);
    }

    [Fact]
    public void Typed_values_are_read_in_any_case_and_with_spaces()
    {
        var answer = Guidance.Allocate(" 95 ", "Medium", ["IOM"]);
        Assert.Equal("Red", answer.Band);
    }

    [Fact]
    public void The_guidance_is_found_under_any_name_of_the_provider_from_july_2019()
    {
        foreach (var name in new[] { "Northumbria CRC", "Northumbria Community Rehabilitation Company", "northumbria crc" })
            Assert.Equal(["Green", "Yellow", "Blue", "Red"], ShippedGuidances.For(name, Fieldwork, []).Bands);
        var before = Assert.Throws<DomainRuleException>(() => ShippedGuidances.For("Northumbria CRC", new DateOnly(2019, 6, 30), []));
        Assert.Contains("2019-06-30", before.Message);
        Assert.Contains("2019-07-01 onwards", before.Message);
        var unknown = Assert.Throws<DomainRuleException>(() => ShippedGuidances.For("Nowhere CRC", Fieldwork, []));
        Assert.Contains("'Nowhere CRC'", unknown.Message);
    }

    private static (string, string) Pair(ExpectedAllocation answer) => (answer.Band, answer.Rule);
}
