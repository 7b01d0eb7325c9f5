using ActionPlans.Core.Plans;
using ActionPlans.Core.Plans.Versions;
using ActionPlans.Core.TargetDates;

namespace ActionPlans.Core.Tests.Plans.Versions;

public class PlanVersionTests
{
    private static readonly DateOnly Submitted = new(2026, 3, 12);

    [Fact]
    public void A_version_holds_every_row_and_action_of_the_plan_as_submitted()
    {
        var version = PlanVersion.Of(PlanFixture.CompletePlan(), 2, Submitted);

        Assert.Equal((2, Submitted), (version.Number, version.Submitted));
        Assert.Equal([1, 2, 3], version.Rows.Select(r => r.RecommendationNumber));
        var partly = version.Rows[1];
        Assert.Equal(
            (ResponseKind.PartlyAgreed as ResponseKind?, "Home visits resume where safe.", "Visits to all high-risk cases",
                ReasonCategories.Affordability, "Visiting every case needs more staff than the contract pays for."),
            (partly.Response, partly.Narrative, partly.AgreedPart, partly.Reasons, partly.Explanation));
        Assert.Equal("Make sure home visits take place.", partly.RecommendationText);
        Assert.Equal(new ActionVersion(1, "Publish a home visit policy for high-risk cases", "Head of Operations", "June 2026", false), partly.Actions.Single());
        Assert.Equal([1, 2], version.Rows[0].Actions.Select(a => a.Position));
        Assert.Empty(version.Rows[2].Actions);
        Assert.Equal(new ResponseSummary(1, 1, 1), version.Summary);
    }

    [Fact]
    public void Editing_the_plan_after_submission_leaves_the_version_as_it_was()
    {
        var plan = PlanFixture.CompletePlan();
        var version = PlanVersion.Of(plan, 1, Submitted);
        var json = version.ToJson();

        plan.Responses[0].Actions[0].Revise("Something else entirely", "Director", TargetDate.Parse("May 2027"), false);
        plan.Responses[2].Answer(ResponseKind.Agreed, "Changed our mind.");

        Assert.Equal(json, version.ToJson());
        Assert.Equal("Head of Quality", version.Rows[0].Actions[0].Owner);
    }

    [Fact]
    public void A_version_survives_a_round_trip_through_json()
    {
        var version = PlanVersion.Of(PlanFixture.CompletePlan(), 3, Submitted);

        var json = version.ToJson();
        var back = PlanVersion.FromJson(json);

        Assert.Equal(json, back.ToJson());
        Assert.Equal((3, Submitted), (back.Number, back.Submitted));
        Assert.Equal(version.Rows[0].Actions, back.Rows[0].Actions);
        Assert.Equal((ReasonCategories.Affordability, ResponseKind.PartlyAgreed as ResponseKind?), (back.Rows[1].Reasons, back.Rows[1].Response));
    }

    [Fact]
    public void Stored_json_names_its_answers_so_it_reads_right_if_an_enum_is_renumbered()
    {
        var json = PlanVersion.Of(PlanFixture.CompletePlan(), 1, Submitted).ToJson();
        Assert.Contains("\"response\":\"PartlyAgreed\"", json);
        Assert.Contains("\"reasons\":\"Affordability\"", json);
        Assert.Contains("\"submitted\":\"2026-03-12\"", json);
        Assert.DoesNotContain("summary", json); // counted from the rows, never stored beside them
    }

    [Fact]
    public void Several_reasons_and_an_unanswered_row_come_back_as_they_were()
    {
        var plan = PlanFixture.NewPlan();
        plan.Responses[0].Answer(ResponseKind.NotAgreed, "No.", null, ReasonCategories.Policy | ReasonCategories.Operational, "Because.");

        var back = PlanVersion.FromJson(PlanVersion.Of(plan, 1, Submitted).ToJson());

        Assert.Equal(ReasonCategories.Policy | ReasonCategories.Operational, back.Rows[0].Reasons);
        Assert.Null(back.Rows[1].Response);
    }

    [Fact]
    public void Empty_json_is_refused() => Assert.Throws<DomainRuleException>(() => PlanVersion.FromJson("null"));
}
