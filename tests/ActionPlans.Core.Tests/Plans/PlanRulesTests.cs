using ActionPlans.Core.Plans;
using ActionPlans.Core.Plans.Checks;
using ActionPlans.Core.TargetDates;

namespace ActionPlans.Core.Tests.Plans;

public class PlanRulesTests
{
    private static readonly DateOnly Published = new(2026, 3, 2);

    private static ActionUnderCheck Action(string text, string? owner = "Head of Quality", string target = "December 2026", int position = 1) =>
        new(position, text, owner, TargetDate.Parse(target));

    private static RowUnderCheck Row(ResponseKind? response, params ActionUnderCheck[] actions) =>
        new(1, response, ReasonCategories.None, null, actions);

    private static PlanCheck Check(params RowUnderCheck[] rows) => PlanRules.Default.Check(new PlanUnderCheck(rows, Published));

    private static PlanCheck CheckAction(ActionUnderCheck action) => Check(Row(ResponseKind.Agreed, action));

    private static PlanRule[] Rules(PlanCheck check) => [.. check.Findings.Select(f => f.Rule)];

    [Fact]
    public void A_complete_plan_has_no_findings_and_can_be_submitted()
    {
        var check = PlanRules.Default.Check(PlanFixture.CompletePlan());
        Assert.Empty(check.Findings);
        Assert.True(check.CanSubmit);
        Assert.Equal(new ResponseSummary(1, 1, 1), check.Summary);
    }

    [Fact]
    public void A_new_plan_needs_a_response_to_every_recommendation_and_its_summary_counts_none()
    {
        var check = PlanRules.Default.Check(PlanFixture.NewPlan());

        Assert.Equal([PlanRule.NoResponse, PlanRule.NoResponse, PlanRule.NoResponse], Rules(check));
        Assert.Equal([1, 2, 3], check.Errors.Select(f => f.RecommendationNumber));
        Assert.Equal("recommendation-2-response", check.For(2).Single().Field);
        Assert.False(check.CanSubmit);
        Assert.Equal(0, check.Summary.Total);
    }

    [Theory]
    [InlineData(ResponseKind.PartlyAgreed)]
    [InlineData(ResponseKind.NotAgreed)]
    public void Not_fully_agreeing_needs_a_reason_category_and_an_explanation(ResponseKind response)
    {
        var bare = Check(new RowUnderCheck(1, response, ReasonCategories.None, " ", [Action("Publish a policy")]));
        Assert.Equal([PlanRule.NoReasonCategory, PlanRule.NoExplanation], Rules(bare));
        Assert.All(bare.Findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Equal(["recommendation-1-reasons", "recommendation-1-explanation"], bare.Findings.Select(f => f.Field));

        var explained = Check(new RowUnderCheck(1, response, ReasonCategories.Policy, "National policy sets this.", [Action("Publish a policy")]));
        Assert.Empty(explained.Findings);
    }

    [Theory]
    [InlineData(ResponseKind.Agreed, true)]
    [InlineData(ResponseKind.PartlyAgreed, true)]
    [InlineData(ResponseKind.NotAgreed, false)]
    public void An_agreed_or_partly_agreed_recommendation_needs_an_action(ResponseKind response, bool needsOne)
    {
        var check = Check(new RowUnderCheck(1, response, ReasonCategories.Policy, "Why not.", []));
        Assert.Equal(needsOne, Rules(check).Contains(PlanRule.NoActions));
        Assert.Equal(!needsOne, check.CanSubmit);
    }

    [Fact]
    public void An_action_without_an_owner_is_an_error_on_its_owner_field()
    {
        var finding = Assert.Single(CheckAction(Action("Publish a policy", owner: "  ", position: 1)).Findings);
        Assert.Equal((Severity.Error, PlanRule.NoOwner, 1, 1, "recommendation-1-action-1-owner"),
            (finding.Severity, finding.Rule, finding.RecommendationNumber!.Value, finding.ActionPosition!.Value, finding.Field));
        Assert.False(string.IsNullOrWhiteSpace(finding.Hint));
    }

    [Fact]
    public void An_action_without_a_target_date_is_an_error() =>
        Assert.Equal([PlanRule.NoTargetDate], Rules(CheckAction(Action("Publish a policy", target: ""))));

    [Theory]
    [InlineData("Ongoing")]
    [InlineData("Commence from next board meeting")]
    [InlineData("Quarterly")]
    public void A_target_that_is_not_time_bound_is_kept_in_the_draft_but_blocks_submission(string target)
    {
        var check = CheckAction(Action("Publish a policy", target: target));
        var finding = Assert.Single(check.Findings);
        Assert.Equal(PlanRule.TargetNotTimeBound, finding.Rule);
        Assert.Contains(target, finding.Message);
        Assert.False(check.CanSubmit);
    }

    [Theory]
    [InlineData("Completed")]
    [InlineData("June 2026 and ongoing")]
    [InlineData("Bi-monthly from April 2026")]
    public void Completed_dated_and_dated_recurring_targets_are_time_bound(string target) =>
        Assert.Empty(CheckAction(Action("Publish a policy", target: target)).Findings);

    [Theory]
    [InlineData("Audit 30 cases")]
    [InlineData("Reduce inadequate plans by a quarter (25%)")]
    [InlineData("Hold two focus groups with staff")]
    [InlineData("Report to the senior team monthly")]
    [InlineData("Dip sample supervision each quarter")]
    [InlineData("Review the case allocation rules")]
    [InlineData("Issue guidance to practitioners")]
    [InlineData("Deliver workshops on professional curiosity")]
    [InlineData("Run a staff survey")]
    public void An_action_naming_a_number_frequency_or_deliverable_is_measurable(string text) =>
        Assert.Empty(CheckAction(Action(text)).Findings);

    [Theory]
    [InlineData("Improve the quality of risk management")]
    [InlineData("Undertake a recruitment campaign for qualified staff")]
    [InlineData("Strengthen liaison with prison colleagues")]
    public void An_action_naming_no_measure_gets_a_warning_that_does_not_block(string text)
    {
        var check = CheckAction(Action(text));
        var finding = Assert.Single(check.Findings);
        Assert.Equal((Severity.Warning, PlanRule.NoMeasure, "recommendation-1-action-1-text"), (finding.Severity, finding.Rule, finding.Field));
        Assert.Contains("monthly", finding.Hint);
        Assert.True(check.CanSubmit);
    }

    [Theory]
    [InlineData("Continue to audit 30 cases each month")]
    [InlineData("Continued delivery of risk training")]
    [InlineData("Continuing to report quarterly to the board")]
    [InlineData("Heads of Cluster to continue to hold monthly meetings")]
    [InlineData("The quality team will continue to publish an annual report")]
    public void An_action_that_only_continues_existing_work_gets_a_warning(string text) =>
        Assert.Equal([PlanRule.OnlyContinues], Rules(CheckAction(Action(text))));

    [Theory]
    [InlineData("Audit 30 cases, then continue monthly")]
    [InlineData("Introduce a continuous improvement board")]
    public void Continuing_after_new_work_or_the_word_continuous_is_not_only_continuing(string text) =>
        Assert.DoesNotContain(PlanRule.OnlyContinues, Rules(CheckAction(Action(text))));

    [Fact]
    public void A_completed_action_gets_no_advice_on_how_to_track_it() =>
        Assert.Empty(CheckAction(Action("Continue to improve liaison", target: "Completed April 2026")).Findings);

    [Fact]
    public void A_target_after_the_horizon_gets_a_warning_and_the_horizon_is_configurable()
    {
        var late = Action("Publish a policy", target: "April 2028"); // 24 months after 2 March 2026 is 2 March 2028
        var finding = Assert.Single(CheckAction(late).Findings);
        Assert.Equal((Severity.Warning, PlanRule.TargetBeyondHorizon), (finding.Severity, finding.Rule));
        Assert.Contains("24 months", finding.Message);

        Assert.Empty(CheckAction(Action("Publish a policy", target: "February 2028")).Findings);
        var longer = PlanRules.Default with { HorizonMonths = 36 };
        Assert.Empty(longer.Check(new PlanUnderCheck([Row(ResponseKind.Agreed, late)], Published)).Findings);
    }

    [Fact]
    public void Without_a_publication_date_there_is_no_horizon() =>
        Assert.Empty(PlanRules.Default.Check(new PlanUnderCheck([Row(ResponseKind.Agreed, Action("Publish a policy", target: "2040"))], null)).Findings);

    private static PlanUnderCheck Owned(params string[] owners) =>
        new([Row(ResponseKind.Agreed, [.. owners.Select((o, i) => Action("Publish a policy", o, position: i + 1))])], Published);

    [Fact]
    public void An_owner_of_more_than_half_the_actions_of_a_plan_of_six_or_more_gets_one_plan_wide_warning()
    {
        var check = PlanRules.Default.Check(Owned("Director", "director ", "Director", "Director", "Head of Quality", "Head of Operations"));

        var finding = Assert.Single(check.Findings);
        Assert.Equal((Severity.Warning, PlanRule.OwnerCarriesTooMuch, null, "owners"), (finding.Severity, finding.Rule, finding.RecommendationNumber, finding.Field));
        Assert.Contains("4 of the plan's 6 actions", finding.Message);
        Assert.True(check.CanSubmit);
    }

    [Fact]
    public void Exactly_half_or_a_short_plan_is_not_flagged()
    {
        Assert.Empty(PlanRules.Default.Check(Owned("Director", "Director", "Director", "Head of Quality", "Head of Operations", "Head of Finance")).Findings);
        Assert.Empty(PlanRules.Default.Check(Owned("Director", "Director", "Director", "Director", "Head of Quality")).Findings);
    }

    [Fact]
    public void The_owner_share_and_the_plan_size_are_configurable()
    {
        var strict = PlanRules.Default with { OwnerShareLimit = 0.3, OwnerShareFromActions = 4 };
        Assert.Single(strict.Check(Owned("Director", "Director", "Head of Quality", "Head of Operations")).Findings);
    }

    [Fact]
    public void Findings_are_reported_in_plan_order_recommendation_then_action()
    {
        var check = Check(
            new RowUnderCheck(2, null, ReasonCategories.None, null, []),
            new RowUnderCheck(1, ResponseKind.Agreed, ReasonCategories.None, null,
                [Action("Publish a policy", owner: null, position: 1), Action("Improve things", position: 2)]));

        Assert.Equal([(1, 1, PlanRule.NoOwner), (1, 2, PlanRule.NoMeasure), (2, (int?)null, PlanRule.NoResponse)],
            check.Findings.Select(f => (f.RecommendationNumber!.Value, f.ActionPosition, f.Rule)));
    }
}
