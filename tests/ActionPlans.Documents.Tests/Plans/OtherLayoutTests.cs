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
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static (string Text, string? Owner, DateOnly? Due)[] Actions(RecommendationReading r) =>
        [.. r.Actions.Select(a => (a.Text, a.Owner, a.Due))];

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
