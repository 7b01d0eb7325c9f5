using System.Text.Json;
using ActionPlans.Core.Plans;
using ActionPlans.Documents;
using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Plans;

/// <summary>Forms of the template the seed plans do not show, in small plans of our own wording.</summary>
public class TemplateTests
{
    internal const string Headings = "1. Rec No\t2. Recommendation\t3. Agreed/ Partly Agreed/ Not Agreed\t4. Response Action Taken/Planned\t5. Responsible Owner\t6. Target Date";

    /// <summary>A plan with the template's front matter (lines 1 to 8) and the given table lines from line 9.</summary>
    internal static string Plan(params string[] table) => string.Join('\n',
    [
        "Action Plan Submitted: 3<sup>rd</sup> May 2021",
        "",
        "A Response to the HMI Probation Inspection: Example Shire",
        "Community Rehabilitation Company",
        "",
        "Report Published: w/c 26th April 2021",
        "",
        Headings,
        .. table,
    ]);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Front_matter_gives_provider_and_dates()
    {
        var plan = PlanReader.Read(Plan("1\tDo a thing\tAgreed\tWe will.\tChief Officer\tJune 2021"));

        Assert.Equal("Example Shire Community Rehabilitation Company", plan.Provider);
        Assert.Equal(D(2021, 5, 3), plan.Submitted);
        Assert.Equal(D(2021, 4, 26), plan.ReportPublished);
        Assert.Equal("Example Shire Community Rehabilitation Company", plan.Recommendations[0].Addressee);
    }

    [Fact]
    public void A_leading_should_paragraph_addresses_the_recommendation_and_those_after_it()
    {
        var plan = PlanReader.Read(Plan(
            "1\t<p>Interserve should:</p><p>Fund the work</p>\tAgreed\t• Fund it\tFinance Director\tJune 2021",
            "2\tStaff the work\tAgreed\t• Staff it\tHR Director\tJuly 2021",
            "The Ministry of Justice should:\t\t\t\t\t",
            "3\tHouse the work\tAgreed\t• House it\tEstates\tAugust 2021"));

        Assert.Equal(["Interserve", "Interserve", "The Ministry of Justice"], plan.Recommendations.Select(r => r.Addressee));
        Assert.Equal("Fund the work", plan.Recommendations[0].Text);
        Assert.True(plan.Lines[10].Kept);
        Assert.Equal("addressee header", plan.Lines[10].Reason);
    }

    [Theory]
    [InlineData("Agreed", ResponseKind.Agreed)]
    [InlineData("<p>AGREED</p>", ResponseKind.Agreed)]
    [InlineData("Agreed.", ResponseKind.Agreed)]
    [InlineData("Partly agreed", ResponseKind.PartlyAgreed)]
    [InlineData("Partially Agreed", ResponseKind.PartlyAgreed)]
    [InlineData("Part-agreed", ResponseKind.PartlyAgreed)]
    [InlineData("<p><b>Not Agreed</b></p>", ResponseKind.NotAgreed)]
    [InlineData("not  agreed", ResponseKind.NotAgreed)]
    [InlineData("Disagreed", ResponseKind.NotAgreed)]
    public void Response_words_are_read_in_any_case_and_spelling(string written, ResponseKind expected)
    {
        var plan = PlanReader.Read(Plan($"1\tDo a thing\t{written}\tWe will.\tChief Officer\tJune 2021"));

        Assert.Equal(expected, plan.Recommendations[0].Response);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void An_unreadable_response_is_a_warning_at_its_line()
    {
        var plan = PlanReader.Read(Plan("", "1\tDo a thing\tUnder review\tWe will.\tChief Officer\tJune 2021"));

        Assert.Null(plan.Recommendations[0].Response);
        Assert.Equal(10, Assert.Single(plan.Warnings).Line);
        Assert.Equal(new ResponseSummary(0, 0, 0), plan.Summary);
    }

    [Fact]
    public void Owners_and_dates_separated_by_breaks_or_lines_pair_with_items_in_order()
    {
        var plan = PlanReader.Read(Plan(
            "1\tDo two things\tAgreed\t<p>1.1 First thing</p><p>1.2 Second thing</p>\tHead of A<br>Head of B\tJune 2021",
            "September 2021"));

        var actions = plan.Recommendations[0].Actions;
        Assert.Equal(["1.1", "1.2"], actions.Select(a => a.Label));
        Assert.Equal(["Head of A", "Head of B"], actions.Select(a => a.Owner));
        Assert.Equal([D(2021, 6, 30), D(2021, 9, 30)], actions.Select(a => a.Due));
        Assert.Equal("target date (continued)", plan.Lines[9].Reason);
    }

    [Fact]
    public void Counts_that_cannot_be_paired_leave_the_actions_without_owner_and_say_so()
    {
        var plan = PlanReader.Read(Plan("1\tDo things\tAgreed\t• One • Two • Three\t<p>Head of A</p><p>Head of B</p>\tJune 2021"));

        var actions = plan.Recommendations[0].Actions;
        Assert.Equal(["One", "Two", "Three"], actions.Select(a => a.Text));
        Assert.All(actions, a => Assert.Null(a.Owner));
        Assert.All(actions, a => Assert.Equal(D(2021, 6, 30), a.Due));
        var warning = Assert.Single(plan.Warnings);
        Assert.Equal(9, warning.Line);
        Assert.Contains("Head of A | Head of B", warning.Message);
    }

    [Fact]
    public void Markup_and_entities_become_plain_text_and_look_alike_letters_latin()
    {
        var plan = PlanReader.Read(Plan(
            "1\t<p>Improve <i>H&amp;S</i> checks</p>\tAgreed\t<p>The team&#8217;s plan:</p><ul><li>Train&nbsp;staff in the \u041dОО process</li></ul>\tHead of H&amp;S\tJune 2021"));

        var rec = plan.Recommendations[0];
        Assert.Equal("Improve H&S checks", rec.Text);
        Assert.Equal("The team\u2019s plan:", rec.ResponseText);
        Assert.Equal("Train staff in the HOO process", Assert.Single(rec.Actions).Text);
        Assert.Equal("Head of H&S", rec.Actions[0].Owner);
        Assert.Equal(9, Assert.Single(plan.Warnings).Line);
    }

    [Fact]
    public void Words_really_in_another_alphabet_are_left_alone()
    {
        var plan = PlanReader.Read(Plan("1\tDo a thing\tAgreed\t• Do it\tГлава отдела\tJune 2021"));

        Assert.Equal("Глава отдела", plan.Recommendations[0].Actions[0].Owner);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void Page_furniture_and_rules_are_dropped_with_their_reason_and_the_summary_read()
    {
        var plan = PlanReader.Read(Plan(
            "1\tDo a thing\tAgreed\t• Do it\tChief Officer\tJune 2021",
            "",
            "Page 2 of 3",
            "--\t----\t--\t--\t--\t--",
            Headings,
            "2\tDo another\tNot Agreed\tWe will not, for affordability reasons.\t\t",
            "",
            "Recommendations\t",
            "Agreed\t1",
            "Not Agreed\t1",
            "<b>Total</b>\t<b>2</b>"));

        Assert.Equal(["page furniture", "table rule", "column headings (repeated)"], plan.Lines.Skip(10).Take(3).Select(l => l.Reason));
        Assert.Equal(new StatedSummary(1, null, 1, 2) { Line = 16 }, plan.StatedSummary);
        Assert.Equal(new ResponseSummary(1, 0, 1), plan.Summary);
        Assert.Empty(plan.Recommendations[1].Actions);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void Stray_text_in_the_table_is_dropped_with_a_warning()
    {
        var plan = PlanReader.Read(Plan("1\tDo a thing\tAgreed\t• Do it\tChief Officer\tJune 2021", "", "Something else entirely"));

        Assert.Equal(new Warning(11, "Text outside the table's columns dropped: \"Something else entirely\"."), Assert.Single(plan.Warnings));
        Assert.False(plan.Lines[10].Kept);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Json_has_the_exchange_shape(Copy copy)
    {
        var plan = PlanReader.Read(Layouts.Read(Layouts.PlanInHtmlCells(copy)));
        var (provider, submitted, published, owner, target, due) = copy == Copy.Own
            ? ("Kestrel Vale Community Rehabilitation Company", "2025-03-04", "2025-03-10", "Chief Officer", "March 2026.", "2026-03-31")
            : ("Northumbria Community Rehabilitation Company", "2020-02-07", "2020-02-10", "Director", "December 2020.", "2020-12-31");

        using var json = JsonDocument.Parse(PlanJson.Write(plan));
        var root = json.RootElement;

        Assert.Equal("action-plan", root.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("id").ValueKind);
        Assert.Equal(provider, root.GetProperty("provider").GetString());
        Assert.Equal(submitted, root.GetProperty("submitted").GetString());
        Assert.Equal(published, root.GetProperty("reportPublished").GetString());
        var fourth = root.GetProperty("recommendations")[3];
        Assert.Equal(4, fourth.GetProperty("number").GetInt32());
        Assert.Equal("PartlyAgreed", fourth.GetProperty("response").GetString());
        Assert.False(fourth.GetProperty("repeated").GetBoolean());
        Assert.Equal(JsonValueKind.String, fourth.GetProperty("text").ValueKind);
        Assert.Equal(JsonValueKind.String, fourth.GetProperty("addressee").ValueKind);
        Assert.Equal(JsonValueKind.String, fourth.GetProperty("responseText").ValueKind);
        var action = fourth.GetProperty("actions")[0];
        Assert.Equal(owner, action.GetProperty("owner").GetString());
        Assert.Equal(target, action.GetProperty("target").GetString());
        Assert.Equal(due, action.GetProperty("due").GetString());
        Assert.False(action.GetProperty("completed").GetBoolean());
        Assert.Equal(JsonValueKind.String, action.GetProperty("text").ValueKind);
        Assert.Equal("""{"agreed":5,"partlyAgreed":2,"notAgreed":1,"total":8}""", root.GetProperty("summary").GetRawText());
        Assert.Equal(8, root.GetProperty("statedSummary").GetProperty("total").GetInt32());
        Assert.Equal(0, root.GetProperty("warnings").GetArrayLength());
        Assert.False(root.TryGetProperty("lines", out _));
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Json_warnings_name_their_line_and_a_missing_summary_is_null(Copy copy)
    {
        var plan = PlanReader.Read(Layouts.Read(Layouts.PlanWithLostBullets(copy)));
        using var json = JsonDocument.Parse(PlanJson.Write(plan));
        var completed = json.RootElement.GetProperty("recommendations")[4].GetProperty("actions")[3];

        Assert.Equal(29, json.RootElement.GetProperty("warnings")[0].GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("warnings")[0].GetProperty("message").ValueKind);
        Assert.True(completed.GetProperty("completed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, completed.GetProperty("due").ValueKind);

        var withHeaders = PlanReader.Read(Layouts.Read(Layouts.PlanWithAddresseeHeaders(copy)));
        using var other = JsonDocument.Parse(PlanJson.Write(withHeaders));
        Assert.Equal(JsonValueKind.Null, other.RootElement.GetProperty("statedSummary").ValueKind);
    }
}
