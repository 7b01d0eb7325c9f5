using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;
using static ActionPlans.Core.Tests.Progress.MonitoredPlan;

namespace ActionPlans.Core.Tests.Progress;

public class ProgressRulesTests
{
    private static readonly DateOnly Today = D(2019, 6, 15);
    private readonly MonitoredPlan _plan = new();

    private static UpdateContent Update(DateOnly on, DeliveryStatus status = DeliveryStatus.InProgress, DateOnly? completedOn = null) =>
        new(on, status, "Twelve cases audited; findings shared with managers.", "owner@demo.test", completedOn);

    [Fact]
    public void A_recorded_update_is_kept_on_the_action_and_in_the_record()
    {
        var action = _plan.Action("December 2019");

        action.Record(Update(Today), Today);

        Assert.Equal(Today, Assert.Single(action.Action.Updates).On);
        Assert.Equal(Today, Assert.Single(action.Updates).On);
    }

    [Fact]
    public void An_update_on_a_completed_action_is_refused()
    {
        var action = _plan.Action("December 2019");
        action.Record(Update(D(2019, 6, 1), DeliveryStatus.Completed, D(2019, 5, 30)), Today);

        var refused = Assert.Throws<DomainRuleException>(() => action.Record(Update(Today), Today));

        Assert.Contains("completed", refused.Message);
    }

    [Fact]
    public void An_update_on_an_action_completed_when_the_plan_was_written_is_refused() =>
        Assert.Throws<DomainRuleException>(() => _plan.Action("Completed").Record(Update(Today), Today));

    [Fact]
    public void An_update_on_a_closed_plan_is_refused()
    {
        var action = _plan.Action("December 2019");
        _plan.Plan.Close(D(2019, 6, 1));

        var refused = Assert.Throws<DomainRuleException>(() => action.Record(Update(Today), Today));

        Assert.Equal("The plan was closed on 1 June 2019, so its actions take no more updates.", refused.Message);
    }

    [Fact]
    public void An_update_on_a_draft_plan_is_refused()
    {
        var draft = new MonitoredPlan(publish: false);

        var refused = Assert.Throws<DomainRuleException>(() => draft.Action("December 2019").Record(Update(Today), Today));

        Assert.Contains("draft", refused.Message);
    }

    [Fact]
    public void An_update_may_be_dated_today_but_not_tomorrow()
    {
        var action = _plan.Action("December 2019");
        action.Record(Update(Today), Today);

        var refused = Assert.Throws<DomainRuleException>(() => action.Record(Update(Today.AddDays(1)), Today));

        Assert.Equal("An update cannot be dated after today (15 June 2019).", refused.Message);
    }

    [Fact]
    public void An_update_may_be_dated_on_the_day_of_submission_but_not_before()
    {
        var action = _plan.Action("December 2019");
        action.Record(Update(Submitted), Today);

        var refused = Assert.Throws<DomainRuleException>(() => action.Record(Update(Submitted.AddDays(-1)), Today));

        Assert.Equal("An update cannot be dated before the plan was submitted on 20 January 2019.", refused.Message);
        Assert.Equal(nameof(UpdateContent.On), refused.About);
    }

    [Fact]
    public void A_completion_needs_its_date()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Update(Today, DeliveryStatus.Completed));

        Assert.Equal("A completed action needs the date it was completed.", refused.Message);
        Assert.Equal(nameof(UpdateContent.CompletedOn), refused.About);
    }

    [Fact]
    public void A_completion_cannot_be_later_than_its_report() =>
        Assert.Throws<DomainRuleException>(() => Update(Today, DeliveryStatus.Completed, Today.AddDays(1)));

    [Fact]
    public void Only_a_completion_has_a_completion_date() =>
        Assert.Throws<DomainRuleException>(() => Update(Today, DeliveryStatus.InProgress, Today));

    [Fact]
    public void A_completion_before_the_plan_was_submitted_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() =>
            _plan.Action("December 2019").Record(Update(Today, DeliveryStatus.Completed, Submitted.AddDays(-1)), Today));

        Assert.StartsWith("A completion cannot be dated before", refused.Message);
        Assert.Equal(nameof(UpdateContent.CompletedOn), refused.About);
    }

    [Fact]
    public void A_revision_keeps_the_agreed_target_and_every_earlier_revision()
    {
        var action = _plan.Action("June 2019");

        action.ReviseTarget(TargetDate.Parse("September 2019"), "Vacancies in the quality team.", D(2019, 6, 1), "coordinator@demo.test", Today);
        var second = action.ReviseTarget(TargetDate.Parse("December 2019"), "New case system delayed.", D(2019, 6, 10), "coordinator@demo.test", Today);

        Assert.Equal("June 2019", action.Agreed.Text);
        Assert.Equal("June 2019", action.Action.Target.Text);
        Assert.Equal(["June 2019", "September 2019"], action.Revisions.Select(r => r.From.Text));
        Assert.Equal("December 2019", second.To.Text);
        Assert.Equal("New case system delayed.", second.Reason);
        Assert.Equal("December 2019", action.TargetAsAt(Today).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_revision_needs_a_reason(string reason)
    {
        var refused = Assert.Throws<DomainRuleException>(() =>
            _plan.Action("June 2019").ReviseTarget(TargetDate.Parse("September 2019"), reason, Today, "coordinator@demo.test", Today));

        Assert.Equal("A revised target needs a reason.", refused.Message);
        Assert.Equal(nameof(TargetRevision.Reason), refused.About);
    }

    [Theory]
    [InlineData("Ongoing")]
    [InlineData("June 2019")]
    public void A_revision_needs_a_new_date(string to) =>
        Assert.Throws<DomainRuleException>(() =>
            _plan.Action("June 2019").ReviseTarget(TargetDate.Parse(to), "Because.", Today, "coordinator@demo.test", Today));

    [Fact]
    public void A_revision_cannot_be_dated_before_the_latest_one()
    {
        var action = _plan.Action("June 2019");
        action.ReviseTarget(TargetDate.Parse("September 2019"), "Vacancies.", D(2019, 6, 10), "coordinator@demo.test", Today);

        Assert.Throws<DomainRuleException>(() =>
            action.ReviseTarget(TargetDate.Parse("December 2019"), "Delays.", D(2019, 6, 9), "coordinator@demo.test", Today));
    }

    [Fact]
    public void A_completed_actions_target_cannot_be_revised()
    {
        var action = _plan.Action("June 2019");
        action.Record(Update(D(2019, 6, 1), DeliveryStatus.Completed, D(2019, 6, 1)), Today);

        Assert.Throws<DomainRuleException>(() =>
            action.ReviseTarget(TargetDate.Parse("December 2019"), "Delays.", Today, "coordinator@demo.test", Today));
    }

    [Fact]
    public void An_update_carries_the_evidence_offered_up_to_a_limit()
    {
        var link = new EvidencePolicy().AdmitLink("https://www.gov.uk/government/publications/probation-audit");
        UpdateContent WithLinks(int count) =>
            new(Today, DeliveryStatus.InProgress, "Audit published.", "owner@demo.test", evidence: Enumerable.Repeat<Evidence>(link, count));

        Assert.Equal(UpdateContent.EvidenceMaxCount, WithLinks(UpdateContent.EvidenceMaxCount).Evidence.Count);
        Assert.Throws<DomainRuleException>(() => WithLinks(UpdateContent.EvidenceMaxCount + 1));
    }

    [Fact]
    public void A_stored_update_keeps_its_completion_day_evidence_and_revisions()
    {
        var action = _plan.Action("June 2019");
        action.ReviseTarget(TargetDate.Parse("July 2019"), "Vacancies.", D(2019, 6, 1), "coordinator@demo.test", D(2019, 6, 1));
        var link = new EvidencePolicy().AdmitLink("https://example.org/audit");
        action.Record(new UpdateContent(D(2019, 8, 2), DeliveryStatus.Completed, "Done.", "owner@demo.test", D(2019, 7, 30), [link]), D(2019, 8, 2));

        var reloaded = new ActionProgress(_plan.Plan, action.Action);

        Assert.Equal(D(2019, 7, 30), reloaded.AsAt(D(2019, 8, 10)).CompletedOn);
        Assert.Equal(DeliveryState.CompletedOnTime, reloaded.AsAt(D(2019, 8, 10)).State);
        Assert.Equal("July 2019", reloaded.TargetAsAt(D(2019, 8, 10)).Text);
        Assert.Equal(link, Assert.Single(reloaded.Updates.Single().Evidence));
    }
}
