using ActionPlans.Core.Plans;
using ActionPlans.Documents.Plans;
using static ActionPlans.Documents.Tests.Plans.TemplateTests;

namespace ActionPlans.Documents.Tests.Plans;

/// <summary>
/// Plans laid out otherwise than the three the reader was built on, in small plans of our own wording: rows of
/// actions under their recommendation, addressees inside the recommendation, responses in sections, several actions
/// in one cell, continuations across pages, and what cannot be paired.
/// </summary>
public class OtherLayoutTests
{
    internal static DateOnly D(int y, int m, int d) => new(y, m, d);

    internal static (string Text, string? Owner, DateOnly? Due)[] Actions(RecommendationReading r) =>
        [.. r.Actions.Select(a => (a.Text, a.Owner, a.Due))];

    [Fact]
    public void Rows_of_the_right_hand_columns_are_actions_of_the_recommendation_above()
    {
        var plan = PlanReader.Read(Plan(
            "1\tWiden the range of unpaid work placements\tAgreed\tWe agree; the steps follow.\t\t",
            "Agree two placements with the parks team\tHead of Unpaid Work\tJune 2021",
            "Open a joinery workshop\tUnpaid Work Manager, North\tJuly 2021",
            "Offer forklift training on placements\tUnpaid Work Manager, South\tAugust 2021",
            "Count placement hours that lead to work\tHead of Performance\tSeptember 2021",
            "Ask people on placements what they learnt\tHead of Quality\tOctober 2021",
            "Report the new placements to the board\tChief Officer\tNovember 2021",
            "2\tSee people at home when risk calls for it\tAgreed\t• Visit every case at high risk\tHead of Operations\tJune 2021"));

        var first = plan.Recommendations[0];
        Assert.Equal([1, 2], plan.Recommendations.Select(r => r.Number));
        Assert.Equal("We agree; the steps follow.", first.ResponseText);
        Assert.Equal(
        [
            ("Agree two placements with the parks team", "Head of Unpaid Work", D(2021, 6, 30)),
            ("Open a joinery workshop", "Unpaid Work Manager, North", D(2021, 7, 31)),
            ("Offer forklift training on placements", "Unpaid Work Manager, South", D(2021, 8, 31)),
            ("Count placement hours that lead to work", "Head of Performance", D(2021, 9, 30)),
            ("Ask people on placements what they learnt", "Head of Quality", D(2021, 10, 31)),
            ("Report the new placements to the board", "Chief Officer", D(2021, 11, 30)),
        ], Actions(first));
        Assert.Equal(Enumerable.Range(10, 6), first.Actions.Select(a => a.Line));
        Assert.Equal("Widen the range of unpaid work placements", first.Text);
        Assert.Equal(("Visit every case at high risk", "Head of Operations", D(2021, 6, 30)), Actions(plan.Recommendations[1]).Single());
        Assert.All(plan.Lines.Skip(9).Take(6), l => Assert.Equal("recommendation 1 (action row)", l.Reason));
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void Rows_with_empty_merged_cells_straight_under_a_recommendation_are_actions_and_after_a_page_break_go_on()
    {
        var plan = PlanReader.Read(Plan(
            "1\tShare risk information with the police faster\tAgreed\tAsk the police for a single contact\tHead of Public Protection\tMay 2021",
            "\t\t\tAgree a weekly call with the police\tHead of Public Protection\tJune 2021",
            "\t\t\tRecord each call on the case\tArea Manager\tJuly 2021",
            "",
            "",
            "\t\t\tand check the records each month\t\t",
            "2\tKeep records of visits\tAgreed\t• Record every visit\tHead of Operations\tJune 2021"));

        Assert.Equal(
        [
            ("Ask the police for a single contact", "Head of Public Protection", D(2021, 5, 31)),
            ("Agree a weekly call with the police", "Head of Public Protection", D(2021, 6, 30)),
            ("Record each call on the case and check the records each month", "Area Manager", D(2021, 7, 31)),
        ], Actions(plan.Recommendations[0]));
        Assert.Equal(["recommendation 1 (action row)", "recommendation 1 (action row)"], plan.Lines.Skip(9).Take(2).Select(l => l.Reason));
        Assert.Equal("recommendation 1 (continued)", plan.Lines[13].Reason);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void An_addressee_opening_the_recommendation_is_read_from_it()
    {
        var plan = PlanReader.Read(Plan(
            "1\tHM Prison and Probation Service should: review how accommodation places are funded\tAgreed\t• Review the funding\tHead of Commissioning\tJune 2021",
            "2\tThe Ministry of Justice should make sure courts have reports in time\tPartly Agreed\t• Agree a timetable with courts\tCourts Liaison Lead\tJuly 2021",
            "3\tThe Example Shire CRC should train every officer in risk assessment\tAgreed\t• Train every officer\tHead of Learning\tAugust 2021",
            "4\tThe CRC should visit people at home\tAgreed\t• Visit at home\tHead of Operations\tAugust 2021",
            "5\tThe quality of case notes should improve\tAgreed\t• Audit case notes\tHead of Quality\tAugust 2021"));

        var recs = plan.Recommendations;
        const string provider = "Example Shire Community Rehabilitation Company";
        Assert.Equal(["HM Prison and Probation Service", "The Ministry of Justice", provider, provider, provider], recs.Select(r => r.Addressee));
        Assert.Equal("Review how accommodation places are funded", recs[0].Text);
        Assert.Equal("Make sure courts have reports in time", recs[1].Text);
        // The provider named in its own recommendations, and a sentence that names no body, read whole as written.
        Assert.Equal("The Example Shire CRC should train every officer in risk assessment", recs[2].Text);
        Assert.Equal("The CRC should visit people at home", recs[3].Text);
        Assert.Equal("The quality of case notes should improve", recs[4].Text);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void A_response_in_sections_keeps_its_narrative_and_reads_the_actions_under_their_heading()
    {
        var plan = PlanReader.Read(Plan(
            "1\tImprove the help given to people in debt\tAgreed\t"
            + "<p><b>Context</b></p><p>Few cases had debt advice.</p>"
            + "<p><b>Where are we now</b></p><ul><li>One adviser covers the north</li><li>None covers the south</li></ul>"
            + "<p><b>What is our target</b></p><p>Every case screened for debt.</p>"
            + "<p><b>Milestones / actions</b></p><ul><li>Screen every new case for debt</li><li>Train officers in the screening tool</li></ul>"
            + "<p><b>Measurements</b></p><ul><li>Share of cases screened each quarter</li></ul>"
            + "\t<p>Head of Interventions</p><p>Learning Lead</p>\t<p>June 2021</p><p>September 2021</p>",
            "2\tPublish guidance on home visits\tPartly agreed\t<p>Context: only our own staff can be told what to do.</p><p>Milestones/Actions:</p>\t\t",
            "Draft the guidance\tHead of Quality\tMay 2021",
            "Publish the guidance\tHead of Quality\tJuly 2021",
            "\t\t\t<p>Measurements: guidance read by every officer within a month</p>\t\t"));

        var first = plan.Recommendations[0];
        Assert.Equal(
        [
            ("Screen every new case for debt", "Head of Interventions", D(2021, 6, 30)),
            ("Train officers in the screening tool", "Learning Lead", D(2021, 9, 30)),
        ], Actions(first));
        Assert.Equal(
            "Context\nFew cases had debt advice.\nWhere are we now\n• One adviser covers the north\n• None covers the south\n"
            + "What is our target\nEvery case screened for debt.\nMeasurements\n• Share of cases screened each quarter",
            first.ResponseText);

        var second = plan.Recommendations[1];
        Assert.Equal(
        [
            ("Draft the guidance", "Head of Quality", D(2021, 5, 31)),
            ("Publish the guidance", "Head of Quality", D(2021, 7, 31)),
        ], Actions(second));
        Assert.Equal("Context: only our own staff can be told what to do.\nMeasurements: guidance read by every officer within a month", second.ResponseText);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void Several_actions_in_one_cell_take_their_owners_and_dates_in_order()
    {
        var plan = PlanReader.Read(Plan(
            "1\tOne\tAgreed\t<ul><li>Map the hostels</li><li>Meet each hostel</li></ul>\t<p>Housing Lead</p><p>Area Manager</p>\tJune 2021<br>July 2021",
            "2\tTwo\tAgreed\t• Write the form • Test the form • Use the form\tHead of A<br>Head of B<br>Head of C\tAugust 2021",
            "3\tThree\tAgreed\t- Book the rooms<br>- Fit the locks\t<ul><li>Estates Manager</li><li>Security Adviser</li></ul>\t<p>May 2021</p><p>June 2021</p>",
            "4\tFour\tAgreed\t1. Choose a provider<br>2. Sign the contract<br>3. Start the service\t<p>Head of A</p><p>Head of B</p><p>Head of C</p>\t<p>May 2021</p><p>June 2021</p><p>July 2021</p>",
            "5\tFive\tAgreed\ta) Name a lead<br>b) Set the terms\tChief Officer\tMay 2021",
            "6\tSix\tAgreed\t– Count the cases<br>– Share the count\tHead of Performance<br>Head of Quality\tJune 2021"));

        var recs = plan.Recommendations;
        Assert.Equal([("Map the hostels", "Housing Lead", D(2021, 6, 30)), ("Meet each hostel", "Area Manager", D(2021, 7, 31))], Actions(recs[0]));
        Assert.Equal(["Head of A", "Head of B", "Head of C"], recs[1].Actions.Select(a => a.Owner));
        Assert.All(recs[1].Actions, a => Assert.Equal(D(2021, 8, 31), a.Due));
        Assert.Equal([("Book the rooms", "Estates Manager", D(2021, 5, 31)), ("Fit the locks", "Security Adviser", D(2021, 6, 30))], Actions(recs[2]));
        Assert.Equal(
        [
            ("Choose a provider", "Head of A", D(2021, 5, 31)),
            ("Sign the contract", "Head of B", D(2021, 6, 30)),
            ("Start the service", "Head of C", D(2021, 7, 31)),
        ], Actions(recs[3]));
        Assert.Equal(["1.", "2.", "3."], recs[3].Actions.Select(a => a.Label));
        Assert.Equal([("Name a lead", "Chief Officer", D(2021, 5, 31)), ("Set the terms", "Chief Officer", D(2021, 5, 31))], Actions(recs[4]));
        Assert.Equal([("Count the cases", "Head of Performance", D(2021, 6, 30)), ("Share the count", "Head of Quality", D(2021, 6, 30))], Actions(recs[5]));
        Assert.All(recs, r => Assert.Equal("", r.ResponseText));
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void Responses_in_any_spelling_and_numbers_with_or_without_a_stop_are_read()
    {
        var plan = PlanReader.Read(Plan(
            "1.\tOne\tPartly agreed\tWe will in part.\t\t",
            "2\tTwo\tPartially Agreed\tWe will in part.\t\t",
            "3.\tThree\tAgreed in part\tWe will in part.\t\t",
            "4\tFour\tNOT AGREED\tWe will not, for policy reasons.\t\t",
            "Rec. 5\tFive\tagreed\t• Do it\tChief Officer\tJune 2021",
            "6)\tSix\t<p>AGREED IN PART</p>\tWe will in part.\t\t"));

        Assert.Equal([1, 2, 3, 4, 5, 6], plan.Recommendations.Select(r => r.Number));
        Assert.Equal(
            [ResponseKind.PartlyAgreed, ResponseKind.PartlyAgreed, ResponseKind.PartlyAgreed, ResponseKind.NotAgreed, ResponseKind.Agreed, ResponseKind.PartlyAgreed],
            plan.Recommendations.Select(r => r.Response));
        Assert.Equal(new ResponseSummary(1, 4, 1), plan.Summary);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void Cells_continued_on_the_next_page_join_the_response_and_action_they_finish()
    {
        var plan = PlanReader.Read(Plan(
            "1\tMake referrals to housing quicker\tAgreed\t<p>We agree and will follow the advice of the review group, which met in</p>\t\t",
            "",
            "Page 1 of 3",
            Headings,
            "\t\t\t<p>March.</p><ul><li>Write a new referral form for the</li></ul>\tHead of Housing\tJune 2021",
            "",
            "Page 2 of 3",
            Headings,
            "housing team and test it\t\t",
            "Use the form in two offices\tArea Manager\tJuly 2021",
            "2\tKeep records of visits\tAgreed\t• Record every visit\tHead of Operations\tJune 2021"));

        var first = plan.Recommendations[0];
        Assert.Equal("Make referrals to housing quicker", first.Text);
        Assert.Equal("We agree and will follow the advice of the review group, which met in March.", first.ResponseText);
        Assert.Equal(
        [
            ("Write a new referral form for the housing team and test it", "Head of Housing", D(2021, 6, 30)),
            ("Use the form in two offices", "Area Manager", D(2021, 7, 31)),
        ], Actions(first));
        Assert.Equal("recommendation 1 (continued)", plan.Lines[16].Reason);
        Assert.Single(plan.Recommendations[1].Actions);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void Actions_that_cannot_be_paired_are_all_kept_and_the_warning_names_the_line_and_the_pairing()
    {
        var plan = PlanReader.Read(Plan(
            "1\tOne\tAgreed\t• Plan it • Do it • Check it\t<p>Head of A</p><p>Head of B</p>\t<p>May 2021</p><p>June 2021</p><p>July 2021</p>",
            "2\tTwo\tAgreed\t• Plan it • Do it\t<p>Head of A</p><p>Head of B</p>\t<p>May 2021</p><p>June 2021</p><p>July 2021</p>"));

        var (first, second) = (plan.Recommendations[0], plan.Recommendations[1]);
        Assert.Equal(["Plan it", "Do it", "Check it"], first.Actions.Select(a => a.Text));
        Assert.All(first.Actions, a => Assert.Null(a.Owner));
        Assert.Equal([D(2021, 5, 31), D(2021, 6, 30), D(2021, 7, 31)], first.Actions.Select(a => a.Due));
        Assert.Equal(["Head of A", "Head of B"], second.Actions.Select(a => a.Owner));
        Assert.All(second.Actions, a => Assert.Null(a.Due));
        Assert.Equal(
        [
            new Warning(9, "Recommendation 1: 3 actions cannot be paired with 2 owners (Head of A | Head of B) beside them; every action is kept, without an owner."),
            new Warning(10, "Recommendation 2: 2 actions cannot be paired with 3 target dates (May 2021 | June 2021 | July 2021) beside them; every action is kept, without a target date."),
        ], plan.Warnings);
    }
}
