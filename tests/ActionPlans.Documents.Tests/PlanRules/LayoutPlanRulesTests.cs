using ActionPlans.Core.Plans.Checks;
using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.PlanRules;

/// <summary>
/// The template's rules over plans as they are read from the three layouts: the vague actions they hold are flagged,
/// the precise ones are not. Our own copies put the same kinds of action at the same places as the published plans.
/// </summary>
public class LayoutPlanRulesTests
{
    private static (PlanReading Reading, PlanCheck Check) Checked(string path)
    {
        var reading = PlanReader.Read(Layouts.Read(path));
        return (reading, Core.Plans.Checks.PlanRules.Default.Check(ReadingUnderCheck.Of(reading)));
    }

    private static PlanRule[] RulesAt(PlanCheck check, int recommendation, int action) =>
        [.. check.Findings.Where(f => f.RecommendationNumber == recommendation && f.ActionPosition == action).Select(f => f.Rule)];

    private static string ActionText(PlanReading reading, int recommendation, int action) =>
        reading.Recommendations.Single(r => r.Number == recommendation).Actions[action - 1].Text;

    /// <summary>Each (recommendation, action) pair given, in both copies.</summary>
    public static TheoryData<Copy, int, int> InBoth(int[] pairs)
    {
        var data = new TheoryData<Copy, int, int>();
        foreach (var copy in Layouts.Both)
            for (var i = 0; i < pairs.Length; i += 2) data.Add(copy, pairs[i], pairs[i + 1]);
        return data;
    }

    /// <summary>The actions that begin "Continue": the copies word different actions so.</summary>
    public static TheoryData<Copy, int, int> ContinuingActions => new()
    {
        { Copy.Own, 1, 1 }, { Copy.Own, 1, 2 }, { Copy.Own, 1, 7 }, { Copy.Own, 1, 8 }, { Copy.Own, 3, 1 }, { Copy.Own, 3, 2 },
        { Copy.Own, 4, 1 }, { Copy.Own, 5, 2 }, { Copy.Own, 5, 5 },
        { Copy.Published, 1, 1 }, { Copy.Published, 1, 2 }, { Copy.Published, 1, 7 }, { Copy.Published, 1, 8 }, { Copy.Published, 1, 9 },
        { Copy.Published, 3, 1 }, { Copy.Published, 3, 2 }, { Copy.Published, 4, 1 }, { Copy.Published, 4, 2 }, { Copy.Published, 5, 10 },
    };

    [SkippableTheory]
    [MemberData(nameof(ContinuingActions))]
    public void Actions_that_begin_continue_are_flagged_as_only_continuing(Copy copy, int recommendation, int action)
    {
        var (reading, check) = Checked(Layouts.PlanInHtmlCells(copy));
        Assert.StartsWith("Continue", ActionText(reading, recommendation, action));
        Assert.Contains(PlanRule.OnlyContinues, RulesAt(check, recommendation, action));
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Continuing_work_that_names_nothing_to_measure_gets_both_warnings(Copy copy)
    {
        var (_, check) = Checked(Layouts.PlanInHtmlCells(copy));
        Assert.Equal([PlanRule.OnlyContinues, PlanRule.NoMeasure], RulesAt(check, 3, 1));
        Assert.Equal([PlanRule.OnlyContinues, PlanRule.NoMeasure], RulesAt(check, 4, 1));
        // The continuing verb sits after the action's subject here.
        Assert.Equal([PlanRule.OnlyContinues, PlanRule.NoMeasure], RulesAt(check, 6, 2));
    }

    [SkippableTheory]
    [MemberData(nameof(InBoth), new[] { 1, 4, 2, 3, 3, 5, 3, 6, 5, 1, 8, 3 })] // workshops evaluated; monthly, quarterly reports; a percentage cap; a quarterly briefing
    public void Precise_actions_in_html_cells_are_not_flagged(Copy copy, int recommendation, int action) =>
        Assert.Empty(RulesAt(Checked(Layouts.PlanInHtmlCells(copy)).Check, recommendation, action));

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Reasons_not_named_as_the_template_asks_keep_rows_not_fully_agreed_from_submission(Copy copy)
    {
        var (_, check) = Checked(Layouts.PlanInHtmlCells(copy));

        Assert.Equal([4, 6, 7], check.Errors.Select(f => f.RecommendationNumber!.Value));
        Assert.All(check.Errors, f => Assert.Equal(PlanRule.NoReasonCategory, f.Rule));
        Assert.False(check.CanSubmit);
    }

    [SkippableTheory]
    [MemberData(nameof(InBoth), new[] { 1, 9, 4, 1, 5, 3 })] // a recruitment campaign of no size; more staff, but how many; liaison with nothing to count
    public void Actions_with_no_measure_are_flagged(Copy copy, int recommendation, int action) =>
        Assert.Equal([PlanRule.NoMeasure], RulesAt(Checked(Layouts.PlanWithLostBullets(copy)).Check, recommendation, action));

    [SkippableTheory]
    [MemberData(nameof(InBoth), new[] { 2, 4, 4, 6, 3, 3, 5, 2 })] // a regular report; a percentage increase; monthly audits; completed
    public void Precise_actions_on_rows_of_their_own_are_not_flagged(Copy copy, int recommendation, int action) =>
        Assert.Empty(RulesAt(Checked(Layouts.PlanWithLostBullets(copy)).Check, recommendation, action));

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Rows_whose_first_action_has_no_owner_or_date_are_errors(Copy copy)
    {
        var (_, check) = Checked(Layouts.PlanWithLostBullets(copy));

        Assert.Equal(
            [(1, 1, PlanRule.NoOwner), (1, 1, PlanRule.NoTargetDate), (3, 1, PlanRule.NoOwner), (3, 1, PlanRule.NoTargetDate)],
            check.Errors.Select(f => (f.RecommendationNumber!.Value, f.ActionPosition!.Value, f.Rule)));
        Assert.Equal("recommendation-3-action-1-owner", check.Errors.ElementAt(2).Field);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Vague_lettered_actions_are_flagged(Copy copy)
    {
        var (_, check) = Checked(Layouts.PlanWithAddresseeHeaders(copy));

        Assert.Equal([PlanRule.OnlyContinues, PlanRule.NoMeasure], RulesAt(check, 3, 1));
        Assert.Equal([PlanRule.NoMeasure], RulesAt(check, 3, 6));
        Assert.Contains(PlanRule.OnlyContinues, RulesAt(check, 5, 1));
    }

    [SkippableTheory]
    [MemberData(nameof(InBoth), new[] { 1, 4, 1, 5, 5, 5, 8, 1, 8, 2 })] // bi-monthly briefings; a bi-annual audit; at least two focus groups; completed
    public void Precise_or_completed_lettered_actions_are_not_flagged(Copy copy, int recommendation, int action) =>
        Assert.Empty(RulesAt(Checked(Layouts.PlanWithAddresseeHeaders(copy)).Check, recommendation, action));

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void A_plan_with_addressee_headers_breaks_no_rule_that_blocks_submission(Copy copy) =>
        Assert.True(Checked(Layouts.PlanWithAddresseeHeaders(copy)).Check.CanSubmit);

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void No_plan_leans_on_one_owner_or_aims_beyond_the_horizon(Copy copy) =>
        Assert.All(Layouts.Plans(copy), path => Assert.DoesNotContain(Checked(path).Check.Findings,
            f => f.Rule is PlanRule.OwnerCarriesTooMuch or PlanRule.TargetBeyondHorizon));

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void The_checks_summary_is_the_readers_count_of_the_rows(Copy copy) =>
        Assert.All(Layouts.Plans(copy), path =>
        {
            var (reading, check) = Checked(path);
            Assert.Equal(reading.Summary, check.Summary);
        });
}
