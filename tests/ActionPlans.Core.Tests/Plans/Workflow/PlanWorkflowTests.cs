using ActionPlans.Core.Access;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Plans.Checks;
using ActionPlans.Core.Plans.Workflow;
using ActionPlans.Core.TargetDates;

namespace ActionPlans.Core.Tests.Plans.Workflow;

public class PlanWorkflowTests
{
    // Entities built without a database have id 0, so the fixture's provider is organisation 0.
    private static readonly Viewer Coordinator = new(new HashSet<string> { Role.Coordinator }, 0, true);
    private static readonly Viewer OtherCoordinator = new(new HashSet<string> { Role.Coordinator }, 42, true);
    private static readonly Viewer ActionOwner = new(new HashSet<string> { Role.ActionOwner }, 0, true);
    private static readonly Viewer Inspector = new(new HashSet<string> { Role.Inspector }, null, true);
    private static readonly Viewer Administrator = new(new HashSet<string> { Role.Administrator }, null, true);

    private static readonly DateOnly Day = new(2026, 3, 12);

    private static PlanWorkflow Complete() => new(PlanFixture.CompletePlan(), [], []);

    private static PlanWorkflow Submitted()
    {
        var workflow = Complete();
        workflow.Submit(Coordinator, Day);
        return workflow;
    }

    private static PlanWorkflow Returned(out ReviewComment comment)
    {
        var workflow = Submitted();
        comment = workflow.Comment(Inspector, "A. Inspector", Day.AddDays(2), 1, "Say how many cases will be audited.");
        workflow.Return(Inspector);
        return workflow;
    }

    [Fact]
    public void A_coordinator_submits_a_plan_without_errors_and_it_is_frozen_as_version_one()
    {
        var workflow = Complete();

        var version = workflow.Submit(Coordinator, Day);

        Assert.Equal(PlanStatus.Submitted, workflow.Plan.Status);
        Assert.Equal(Day, workflow.Plan.Submitted);
        Assert.Equal((1, Day), (version.Number, version.Submitted));
        Assert.Same(version, workflow.Latest);
        Assert.Equal(3, version.Rows.Count);
    }

    [Theory]
    [MemberData(nameof(NotTheAnsweringCoordinator))]
    public void Only_a_coordinator_of_the_answering_organisation_submits(Viewer who)
    {
        var workflow = Complete();
        var refusal = Assert.Throws<DomainRuleException>(() => workflow.Submit(who, Day));
        Assert.Contains("Only a coordinator", refusal.Message);
        Assert.Equal(PlanStatus.Draft, workflow.Plan.Status);
        Assert.Empty(workflow.Versions);
    }

    public static TheoryData<Viewer> NotTheAnsweringCoordinator => [OtherCoordinator, ActionOwner, Inspector, Administrator, Viewer.Public];

    [Fact]
    public void A_plan_with_errors_is_not_submitted_and_the_refusal_names_the_first()
    {
        var workflow = new PlanWorkflow(PlanFixture.NewPlan(), [], []);

        var refusal = Assert.Throws<DomainRuleException>(() => workflow.Submit(Coordinator, Day));

        Assert.Contains("3 errors", refusal.Message);
        Assert.Contains("Recommendation 1: choose a response", refusal.Message);
        Assert.Equal(PlanStatus.Draft, workflow.Plan.Status);
    }

    [Fact]
    public void Warnings_do_not_stop_a_submission()
    {
        var plan = PlanFixture.CompletePlan();
        plan.Responses[0].AddAction("Continue to improve liaison", "Head of Quality", TargetDate.Parse("June 2026"));
        var workflow = new PlanWorkflow(plan, [], []);

        Assert.NotEmpty(workflow.Check().Warnings);
        workflow.Submit(Coordinator, Day);
        Assert.Equal(PlanStatus.Submitted, plan.Status);
    }

    [Fact]
    public void The_rules_a_workflow_applies_are_its_own_settings()
    {
        var plan = PlanFixture.CompletePlan();
        plan.Responses[0].AddAction("Publish a policy", "Head of Quality", TargetDate.Parse("December 2027"));
        var strict = new PlanWorkflow(plan, [], [], PlanRules.Default with { HorizonMonths = 12 });

        Assert.Contains(strict.Check().Warnings, f => f.Rule == PlanRule.TargetBeyondHorizon);
        Assert.DoesNotContain(new PlanWorkflow(plan, [], []).Check().Warnings, f => f.Rule == PlanRule.TargetBeyondHorizon);
    }

    [Fact]
    public void A_submitted_plan_is_locked_until_returned()
    {
        var workflow = Submitted();

        Assert.False(workflow.CanEdit);
        Assert.Contains("Submitted", Assert.Throws<DomainRuleException>(workflow.EnsureEditable).Message);
        Assert.Throws<DomainRuleException>(() => workflow.Submit(Coordinator, Day));

        workflow.Comment(Inspector, "A. Inspector", Day, null, "Name owners by role.");
        workflow.Return(Inspector);
        Assert.True(workflow.CanEdit);
    }

    [Fact]
    public void An_inspector_comments_on_a_row_or_on_the_whole_plan_of_the_submitted_version()
    {
        var workflow = Submitted();

        var onRow = workflow.Comment(Inspector, "A. Inspector", Day.AddDays(1), 2, "Which cases count as high-risk?");
        var onPlan = workflow.Comment(Inspector, "A. Inspector", Day.AddDays(1), null, "Owners should be roles.");

        Assert.Equal((2, 1, false), (onRow.RecommendationNumber!.Value, onRow.OnVersion, onRow.IsAnswered));
        Assert.Null(onPlan.RecommendationNumber);
        Assert.Equal([onRow, onPlan], workflow.Unanswered);
    }

    [Fact]
    public void A_comment_needs_text_a_recommendation_of_the_plan_a_submitted_plan_and_an_inspector()
    {
        var workflow = Submitted();
        Assert.Throws<DomainRuleException>(() => workflow.Comment(Inspector, "A. Inspector", Day, 1, "  "));
        Assert.Contains("Recommendation 9", Assert.Throws<DomainRuleException>(() => workflow.Comment(Inspector, "A. Inspector", Day, 9, "Why?")).Message);
        Assert.Contains("Only an inspector", Assert.Throws<DomainRuleException>(() => workflow.Comment(Coordinator, "C", Day, 1, "Why?")).Message);
        Assert.Throws<DomainRuleException>(() => Complete().Comment(Inspector, "A. Inspector", Day, 1, "Why?"));
    }

    [Fact]
    public void A_plan_is_returned_only_by_an_inspector_and_only_with_comments()
    {
        var workflow = Submitted();

        Assert.Contains("Comment on the plan", Assert.Throws<DomainRuleException>(() => workflow.Return(Inspector)).Message);
        workflow.Comment(Inspector, "A. Inspector", Day, 1, "Say how many cases.");
        Assert.Contains("Only an inspector can return", Assert.Throws<DomainRuleException>(() => workflow.Return(Coordinator)).Message);
        Assert.Throws<DomainRuleException>(() => workflow.Return(Administrator));

        workflow.Return(Inspector);
        Assert.Equal(PlanStatus.Returned, workflow.Plan.Status);
    }

    [Fact]
    public void A_returned_plan_is_resubmitted_only_once_its_comments_are_answered_and_becomes_version_two()
    {
        var workflow = Returned(out var comment);
        workflow.Plan.Responses[0].Actions[1].Revise("Audit 40 cases each month against the new standard", "Quality Lead", TargetDate.Parse("December 2026"), false);

        Assert.Contains("Answer the inspector's 1 comment", Assert.Throws<DomainRuleException>(() => workflow.Submit(Coordinator, Day.AddDays(5))).Message);

        workflow.Answer(Coordinator, comment, Day.AddDays(4), "Now 40 a month.");
        var second = workflow.Submit(Coordinator, Day.AddDays(5));

        Assert.Equal((Day.AddDays(4), "Now 40 a month."), (comment.Answered!.Value, comment.Reply));
        Assert.Equal([1, 2], workflow.Versions.Select(v => v.Number));
        Assert.Equal(Day.AddDays(5), second.Submitted);
        Assert.Contains("40", second.Rows[0].Actions[1].Text);
        Assert.Contains("30", workflow.Versions[0].Rows[0].Actions[1].Text);
    }

    [Fact]
    public void Comments_are_answered_by_the_answering_coordinator_once_while_the_plan_is_returned()
    {
        var workflow = Returned(out var comment);

        Assert.Throws<DomainRuleException>(() => workflow.Answer(OtherCoordinator, comment, Day));
        Assert.Throws<DomainRuleException>(() => workflow.Answer(Inspector, comment, Day));
        workflow.Answer(Coordinator, comment, Day);
        Assert.True(comment.IsAnswered);
        Assert.Null(comment.Reply);
        Assert.Contains("already answered", Assert.Throws<DomainRuleException>(() => workflow.Answer(Coordinator, comment, Day)).Message);
    }

    [Fact]
    public void A_comment_on_another_plan_cannot_be_answered_here()
    {
        Returned(out var elsewhere);
        var workflow = Returned(out _);
        Assert.Contains("not about this plan", Assert.Throws<DomainRuleException>(() => workflow.Answer(Coordinator, elsewhere, Day)).Message);
    }

    [Fact]
    public void An_inspector_accepts_a_submitted_plan_and_publishes_an_accepted_one()
    {
        var workflow = Submitted();

        Assert.Contains("Only an inspector can accept", Assert.Throws<DomainRuleException>(() => workflow.Accept(Coordinator)).Message);
        Assert.Throws<DomainRuleException>(() => workflow.Publish(Inspector));
        workflow.Accept(Inspector);
        Assert.Contains("Only an inspector can publish", Assert.Throws<DomainRuleException>(() => workflow.Publish(Coordinator)).Message);
        workflow.Publish(Inspector);

        Assert.Equal(PlanStatus.Published, workflow.Plan.Status);
        Assert.False(workflow.CanEdit);
    }

    [Fact]
    public void A_workflow_resumes_from_stored_comments_and_versions()
    {
        var first = Returned(out var comment);
        var resumed = new PlanWorkflow(first.Plan, first.Comments, first.Versions.Reverse());

        Assert.Equal([comment], resumed.Unanswered);
        Assert.Equal(1, resumed.Latest!.Number);
        resumed.Answer(Coordinator, comment, Day);
        Assert.Equal(2, resumed.Submit(Coordinator, Day.AddDays(1)).Number);
    }
}
