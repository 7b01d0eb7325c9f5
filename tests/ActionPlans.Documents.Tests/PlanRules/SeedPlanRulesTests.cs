using ActionPlans.Core.Plans.Checks;
using ActionPlans.Core.Tests.Seeds;
using ActionPlans.Documents.Plans;

namespace ActionPlans.Documents.Tests.PlanRules;

/// <summary>The template's rules over the three published plans: the vague actions they hold are flagged, the precise ones are not.</summary>
public class SeedPlanRulesTests
{
    private static (PlanReading Reading, PlanCheck Check) Checked(string path)
    {
        var reading = PlanReader.Read(SeedDocuments.Read(path));
        return (reading, Core.Plans.Checks.PlanRules.Default.Check(ReadingUnderCheck.Of(reading)));
    }

    private static PlanRule[] RulesAt(PlanCheck check, int recommendation, int action) =>
        [.. check.Findings.Where(f => f.RecommendationNumber == recommendation && f.ActionPosition == action).Select(f => f.Rule)];

    private static string ActionText(PlanReading reading, int recommendation, int action) =>
        reading.Recommendations.Single(r => r.Number == recommendation).Actions[action - 1].Text;

    [SkippableTheory]
    [InlineData(1, 1)]
    [InlineData(1, 2)]
    [InlineData(1, 7)]
    [InlineData(1, 8)]
    [InlineData(1, 9)]
    [InlineData(3, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 1)]
    [InlineData(4, 2)]
    [InlineData(5, 10)]
    public void Northumbria_actions_that_begin_continue_are_flagged_as_only_continuing(int recommendation, int action)
    {
        var (reading, check) = Checked(SeedDocuments.PlanNorthumbria);
        Assert.StartsWith("Continue", ActionText(reading, recommendation, action));
        Assert.Contains(PlanRule.OnlyContinues, RulesAt(check, recommendation, action));
    }

    [SkippableFact]
    public void Northumbria_continuing_work_that_names_nothing_to_measure_gets_both_warnings()
    {
        var (_, check) = Checked(SeedDocuments.PlanNorthumbria);
        Assert.Equal([PlanRule.OnlyContinues, PlanRule.NoMeasure], RulesAt(check, 3, 1));
        Assert.Equal([PlanRule.OnlyContinues, PlanRule.NoMeasure], RulesAt(check, 4, 1));
        // The continuing verb sits after the action's subject here.
        Assert.Equal([PlanRule.OnlyContinues, PlanRule.NoMeasure], RulesAt(check, 6, 2));
    }

    [SkippableTheory]
    [InlineData(1, 4)] // new workshops, developed and evaluated
    [InlineData(2, 3)] // reported each month
    [InlineData(3, 5)] // fed back quarterly
    [InlineData(3, 6)]
    [InlineData(5, 1)] // revised guidance with a percentage cap
    [InlineData(8, 3)] // a quarterly document
    public void Northumbria_precise_actions_are_not_flagged(int recommendation, int action) =>
        Assert.Empty(RulesAt(Checked(SeedDocuments.PlanNorthumbria).Check, recommendation, action));

    [SkippableFact]
    public void Northumbria_reasons_are_not_named_as_the_template_asks_so_its_not_fully_agreed_rows_cannot_be_submitted()
    {
        var (_, check) = Checked(SeedDocuments.PlanNorthumbria);

        Assert.Equal([4, 6, 7], check.Errors.Select(f => f.RecommendationNumber!.Value));
        Assert.All(check.Errors, f => Assert.Equal(PlanRule.NoReasonCategory, f.Rule));
        Assert.False(check.CanSubmit);
    }

    [SkippableTheory]
    [InlineData(1, 9)] // a recruitment campaign with no number of posts
    [InlineData(4, 1)] // more staff, but how many
    [InlineData(5, 3)] // liaison, with nothing to count
    public void Cumbria_and_Lancashire_actions_with_no_measure_are_flagged(int recommendation, int action) =>
        Assert.Equal([PlanRule.NoMeasure], RulesAt(Checked(SeedDocuments.PlanCumbriaLancashire).Check, recommendation, action));

    [SkippableTheory]
    [InlineData(2, 4)] // monthly monitoring
    [InlineData(4, 6)] // a percentage increase
    [InlineData(3, 3)] // monthly audits
    [InlineData(5, 2)] // completed
    public void Cumbria_and_Lancashire_precise_actions_are_not_flagged(int recommendation, int action) =>
        Assert.Empty(RulesAt(Checked(SeedDocuments.PlanCumbriaLancashire).Check, recommendation, action));

    [SkippableFact]
    public void Cumbria_and_Lancashire_rows_whose_first_action_has_no_owner_or_date_are_errors()
    {
        var (_, check) = Checked(SeedDocuments.PlanCumbriaLancashire);

        Assert.Equal(
            [(1, 1, PlanRule.NoOwner), (1, 1, PlanRule.NoTargetDate), (3, 1, PlanRule.NoOwner), (3, 1, PlanRule.NoTargetDate)],
            check.Errors.Select(f => (f.RecommendationNumber!.Value, f.ActionPosition!.Value, f.Rule)));
        Assert.Equal("recommendation-3-action-1-owner", check.Errors.ElementAt(2).Field);
    }

    [SkippableFact]
    public void North_West_vague_actions_are_flagged()
    {
        var (_, check) = Checked(SeedDocuments.PlanNpsNorthWest);

        Assert.Equal([PlanRule.OnlyContinues, PlanRule.NoMeasure], RulesAt(check, 3, 1));
        Assert.Equal([PlanRule.NoMeasure], RulesAt(check, 3, 6));
        Assert.Contains(PlanRule.OnlyContinues, RulesAt(check, 5, 1));
    }

    [SkippableTheory]
    [InlineData(1, 4)] // bi-monthly briefings
    [InlineData(1, 5)] // a bi-annual audit
    [InlineData(5, 5)] // a minimum of two focus groups
    [InlineData(8, 1)] // completed
    [InlineData(8, 2)]
    public void North_West_precise_or_completed_actions_are_not_flagged(int recommendation, int action) =>
        Assert.Empty(RulesAt(Checked(SeedDocuments.PlanNpsNorthWest).Check, recommendation, action));

    [SkippableFact]
    public void North_West_plan_breaks_no_rule_that_blocks_submission() =>
        Assert.True(Checked(SeedDocuments.PlanNpsNorthWest).Check.CanSubmit);

    [SkippableFact]
    public void No_seed_plan_leans_on_one_owner_or_aims_beyond_the_horizon() =>
        Assert.All(SeedDocuments.Plans, path => Assert.DoesNotContain(Checked(path).Check.Findings,
            f => f.Rule is PlanRule.OwnerCarriesTooMuch or PlanRule.TargetBeyondHorizon));

    [SkippableFact]
    public void The_checks_summary_is_the_readers_count_of_the_rows() =>
        Assert.All(SeedDocuments.Plans, path =>
        {
            var (reading, check) = Checked(path);
            Assert.Equal(reading.Summary, check.Summary);
        });
}
