using ActionPlans.Core.Plans;
using ActionPlans.Documents.Plans;
using static ActionPlans.Documents.Tests.Plans.OtherLayoutTests;
using static ActionPlans.Documents.Tests.Plans.TemplateTests;

namespace ActionPlans.Documents.Tests.Plans;

/// <summary>
/// Plan tables whose heading row names other columns, in another order or number than the template's, in small
/// plans of our own wording: the columns are found by their headings, and a cell holding owner and target date
/// together is split into both.
/// </summary>
public class ColumnHeadingTests
{
    /// <summary>A plan with the template's front matter and the given heading row in place of the template's.</summary>
    private static string Laid(string headings, params string[] rows) => Plan(rows).Replace(Headings, headings);

    private const string FiveColumns = "Rec No\tRecommendation\tAgreed / Partly Agreed / Not Agreed\tActions\tResponsible Owner and Target Date";

    [Fact]
    public void Five_columns_with_owner_and_date_in_one_cell_give_each_action_its_owner_and_date()
    {
        var plan = PlanReader.Read(Laid(FiveColumns,
            "1\tKeep hostel places for people leaving custody\tAgreed\t"
            + "<ul><li>Count the free places each week</li><li>Agree extra places with the council</li><li>Report the count to the board</li></ul>\t"
            + "<p>Owner: Head of Housing / by June 2025</p><p>Accommodation Lead – March 2025</p><p>Head of Performance, 31/03/2025</p>",
            "2\tCheck the quality of court reports\tPartly Agreed\t• Sample ten reports a month\tCourts Manager (by end of Q2 2025)"));

        Assert.Equal(
        [
            ("Count the free places each week", "Head of Housing", D(2025, 6, 30)),
            ("Agree extra places with the council", "Accommodation Lead", D(2025, 3, 31)),
            ("Report the count to the board", "Head of Performance", D(2025, 3, 31)),
        ], Actions(plan.Recommendations[0]));
        Assert.Equal(("Sample ten reports a month", "Courts Manager", D(2025, 6, 30)), Actions(plan.Recommendations[1]).Single());
        Assert.Equal([ResponseKind.Agreed, ResponseKind.PartlyAgreed], plan.Recommendations.Select(r => r.Response));
        Assert.Equal("Keep hostel places for people leaving custody", plan.Recommendations[0].Text);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void Five_columns_with_one_action_a_row_read_the_owner_and_date_of_each_row()
    {
        var plan = PlanReader.Read(Laid(FiveColumns,
            "1\tOffer more education on unpaid work\tAgreed\tWe agree and will widen what is offered.\t",
            "Ask two colleges for places\tOwner: Head of Unpaid Work / by May 2025",
            "Run a reading course in each area\tUnpaid Work Manager – July 2025",
            "2\tSee people at home when risk calls for it\tAgreed\t• Visit every case at high risk\tHead of Operations, 30/09/2025"));

        var first = plan.Recommendations[0];
        Assert.Equal("We agree and will widen what is offered.", first.ResponseText);
        Assert.Equal(
        [
            ("Ask two colleges for places", "Head of Unpaid Work", D(2025, 5, 31)),
            ("Run a reading course in each area", "Unpaid Work Manager", D(2025, 7, 31)),
        ], Actions(first));
        Assert.Equal(("Visit every case at high risk", "Head of Operations", D(2025, 9, 30)), Actions(plan.Recommendations[1]).Single());
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void An_owner_with_a_hyphen_or_comma_keeps_it_and_a_labelled_or_open_target_is_read()
    {
        var plan = PlanReader.Read(Laid(FiveColumns,
            "1\tSupport people into work\tAgreed\tWe agree.\t",
            "Name a contact in each jobcentre\tCo-ordinator for Employment – Ongoing",
            "Hold a jobs fair in each area\tLead: Head of Probation, North by December 2025",
            "Count the people placed in work\tHead of Performance, Target date: 30/06/2025",
            "Publish the count\tSeptember 2025"));

        var actions = plan.Recommendations[0].Actions;
        // The row with only a date takes the owner of the row above, as any row without an owner does.
        Assert.Equal(["Co-ordinator for Employment", "Head of Probation, North", "Head of Performance", "Head of Performance"], actions.Select(a => a.Owner));
        Assert.Equal([null, D(2025, 12, 31), D(2025, 6, 30), D(2025, 9, 30)], actions.Select(a => a.Due));
        Assert.True(actions[0].TargetDate.IsOngoing);
    }

    [Fact]
    public void Owners_and_dates_in_one_cell_that_cannot_be_paired_keep_every_action_and_say_so()
    {
        var plan = PlanReader.Read(Laid(FiveColumns,
            "1\tTrain officers in risk assessment\tAgreed\t• Book the trainers • Train the north • Train the south\t"
            + "<p>Owner: Learning Lead / by April 2025</p><p>Owner: Area Manager / by May 2025</p>"));

        Assert.Equal(["Book the trainers", "Train the north", "Train the south"], plan.Recommendations[0].Actions.Select(a => a.Text));
        Assert.All(plan.Recommendations[0].Actions, a => Assert.Null(a.Owner));
        var warning = Assert.Single(plan.Warnings);
        Assert.Equal(9, warning.Line);
        Assert.Contains("3 actions cannot be paired with 2 owners (Learning Lead | Area Manager) and 2 target dates (April 2025 | May 2025)", warning.Message);
        Assert.Contains("every action is kept", warning.Message);
    }

    [Fact]
    public void Columns_in_another_order_are_read_by_their_headings()
    {
        var plan = PlanReader.Read(Laid("Recommendation\tNo.\tTarget date\tAction planned\tAgreed?\tLead",
            "Share risk information with the police faster\t1\tJune 2025\t• Agree a weekly call with the police\tAgreed\tHead of Public Protection",
            "Record visits on the case\t2.\tJuly 2025\t• Record every visit\tNot agreed\tHead of Operations"));

        var recs = plan.Recommendations;
        Assert.Equal([1, 2], recs.Select(r => r.Number));
        Assert.Equal(["Share risk information with the police faster", "Record visits on the case"], recs.Select(r => r.Text));
        Assert.Equal([ResponseKind.Agreed, ResponseKind.NotAgreed], recs.Select(r => r.Response));
        Assert.Equal(("Agree a weekly call with the police", "Head of Public Protection", D(2025, 6, 30)), Actions(recs[0]).Single());
        Assert.Equal(("Record every visit", "Head of Operations", D(2025, 7, 31)), Actions(recs[1]).Single());
        Assert.Empty(plan.Warnings);
    }

    [Theory]
    [InlineData("Rec No")]
    [InlineData("Rec. No.")]
    [InlineData("No.")]
    [InlineData("Ref")]
    [InlineData("Number")]
    public void The_number_column_may_be_headed_in_several_ways(string heading)
    {
        var plan = PlanReader.Read(Laid($"{heading}\tRecommendation\tResponse\tOwner\tTarget date",
            "1\tPublish guidance on home visits\tWe will publish it.\tHead of Quality\tMay 2025",
            "2\tAudit case notes\tWe will audit them.\tHead of Quality\tJune 2025"));

        Assert.Equal([1, 2], plan.Recommendations.Select(r => r.Number));
        Assert.Equal([("We will publish it.", "Head of Quality", D(2025, 5, 31))], Actions(plan.Recommendations[0]));
        Assert.Equal("column headings", plan.Lines[7].Reason);
        Assert.DoesNotContain(plan.Warnings, w => w.Message.Contains("cells where the plan has"));
    }

    [Fact]
    public void A_plan_without_front_matter_is_known_by_its_heading_row_and_unknown_columns_are_named()
    {
        var plan = PlanReader.Read(string.Join('\n',
            "Ref\tRecommendation\tResponse\tOwner\tTarget date\tRAG status",
            "1\tWiden the range of placements\t• Open a joinery workshop\tUnpaid Work Manager\tAugust 2025\tGreen"));

        Assert.Equal(("Open a joinery workshop", "Unpaid Work Manager", D(2025, 8, 31)), Actions(plan.Recommendations.Single()).Single());
        var unknown = Assert.Single(plan.Warnings, w => w.Message.Contains("\"RAG status\""));
        Assert.Equal(1, unknown.Line);
        Assert.Contains("whose cells are not read", unknown.Message);
    }
}
