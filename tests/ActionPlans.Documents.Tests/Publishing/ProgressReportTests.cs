using ActionPlans.Core.Progress;
using ActionPlans.Documents.Publishing.Progress;

namespace ActionPlans.Documents.Tests.Publishing;

public class ProgressReportTests
{
    private static ProgressReportAction Action(ProgressReport report, string text) => report.Actions.Single(a => a.Text == text);

    [Fact]
    public void The_report_shows_each_action_as_it_stood_on_the_day()
    {
        var before = DeliveredPlan.AsAt(2025, 12, 1);
        var after = DeliveredPlan.AsAt(2025, 12, 20);

        Assert.Equal((DeliveryState.DueSoon, new DateOnly(2025, 12, 31), (DateOnly?)null), (Action(before, DeliveredPlan.Caseload).State, Action(before, DeliveredPlan.Caseload).Due, Action(before, DeliveredPlan.Caseload).CompletedOn));
        Assert.Null(Action(before, DeliveredPlan.Caseload).Latest);
        var completed = Action(after, DeliveredPlan.Caseload);
        Assert.Equal((DeliveryState.CompletedOnTime, Rag.Green, new DateOnly(2025, 12, 15)), (completed.State, completed.Rag, completed.CompletedOn));
        Assert.Equal(new ProgressReportUpdate(new DateOnly(2025, 12, 19), DeliveryStatus.Completed, "Caseloads capped from 15 December.", "Deputy Director"), completed.Latest);
        Assert.Equal((DeliveryState.Overdue, Rag.Red), (Action(after, DeliveredPlan.Sharing).State, Action(after, DeliveredPlan.Sharing).Rag));
    }

    [Fact]
    public void A_target_revision_shows_from_its_day_with_the_agreed_target_kept()
    {
        var before = Action(DeliveredPlan.AsAt(2026, 2, 19), DeliveredPlan.Training);
        var after = Action(DeliveredPlan.AsAt(2026, 3, 31), DeliveredPlan.Training);

        Assert.Equal(("March 2026", "March 2026", 0), (before.AgreedTarget, before.TargetInForce, before.Revisions.Count));
        Assert.Equal(("March 2026", "June 2026", DeliveryState.OnTrack), (after.AgreedTarget, after.TargetInForce, after.State));
        Assert.Equal(new ProgressReportRevision(new DateOnly(2026, 2, 20), "March 2026", "June 2026", "Two trainers left.", "Colin Coordinator"), Assert.Single(after.Revisions));
        Assert.Equal(["Now: June 2026", "Agreed: March 2026", "Moved on 20 February 2026 from March 2026 to June 2026 by Colin Coordinator: Two trainers left."],
            DeliveryTerms.TargetLines(after));
    }

    [Fact]
    public void Recommendations_and_the_plan_are_summed_and_rated_by_their_worst_action()
    {
        var report = DeliveredPlan.AsAt(2026, 3, 31);

        Assert.Equal([1, 2, 3, 4], report.Recommendations.Select(r => r.Number));
        Assert.Equal([Rag.Amber, Rag.Green, Rag.None, Rag.Red], report.Recommendations.Select(r => r.Rag));
        Assert.Equal("HM Prison and Probation Service", report.Recommendations[3].Addressee);
        Assert.Equal("For HM Prison and Probation Service · Agreed · rated Red", DeliveryTerms.Standing(report.Recommendations[3], report.Provider));
        Assert.Empty(report.Recommendations[2].Actions);
        Assert.Equal((5, 1, Rag.Red), (report.Summary.Total, report.Summary.Delivered, report.Summary.Rag));
        Assert.Equal([1, 1, 1, 1, 0, 1, 0, 0], new[]
        {
            DeliveryState.Overdue, DeliveryState.DueSoon, DeliveryState.OnTrack, DeliveryState.NoTarget, DeliveryState.CompletedLate,
            DeliveryState.CompletedOnTime, DeliveryState.NotDelivered, DeliveryState.Superseded,
        }.Select(report.Summary.Count));
        Assert.Equal("1 of 5 actions delivered (20%).", DeliveryTerms.Delivered(report.Summary));
    }

    [Fact]
    public void The_monthly_figures_run_from_the_plan_s_submission_to_the_last_month_planned()
    {
        var report = DeliveredPlan.AsAt(2026, 3, 31);

        Assert.Equal(new YearMonth(2025, 6), report.Months[0].Month);
        Assert.Equal(new YearMonth(2026, 6), report.Months[^1].Month);
        Assert.Equal(new MonthlyDelivery(new YearMonth(2025, 12), 1, 1), report.Months.Single(m => m.Month == new YearMonth(2025, 12)));
        Assert.Equal(["Dec 2025", "1", "1", "2", "1"], DeliveryTerms.MonthRows(report.Series).Single(r => r[0] == "Dec 2025"));
    }

    [Fact]
    public void The_stored_JSON_reads_back_as_the_same_report()
    {
        var report = DeliveredPlan.AsAt(2026, 3, 31) with { Publication = new ProgressReportPublication(new DateOnly(2026, 4, 2), "Iris Inspector") };

        var json = ProgressReportJson.Write(report);
        var back = ProgressReportJson.Read(json);

        Assert.Equal(json, ProgressReportJson.Write(back));
        Assert.Contains("\"asAt\":\"2026-03-31\"", json);
        Assert.Contains("\"month\":\"2025-12\"", json);
        Assert.Contains("\"state\":\"CompletedOnTime\"", json);
        Assert.Equal(report.Publication, back.Publication);
        Assert.Equal(report.Months, back.Months);
        Assert.Equal(report.Actions.Select(a => (a.Text, a.State, a.Rag, a.Due, a.Latest)), back.Actions.Select(a => (a.Text, a.State, a.Rag, a.Due, a.Latest)));
        Assert.Equal(report.Summary.States, back.Summary.States);
        Assert.Equal(DeliveryTerms.MonthRows(report.Series), DeliveryTerms.MonthRows(back.Series));
    }

    [Fact]
    public void Text_that_is_not_a_stored_report_is_refused()
    {
        Assert.Throws<System.Text.Json.JsonException>(() => ProgressReportJson.Read("null"));
        Assert.Throws<System.Text.Json.JsonException>(() => ProgressReportJson.Read("{\"months\":[{\"month\":\"March\",\"planned\":1,\"completed\":0}]}"));
    }
}
