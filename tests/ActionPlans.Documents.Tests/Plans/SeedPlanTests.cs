using System.Net;
using System.Text.RegularExpressions;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Tests.Seeds;
using ActionPlans.Documents.Plans;

namespace ActionPlans.Documents.Tests.Plans;

/// <summary>The three published plans, read exactly: every recommendation, every action's owner and target.</summary>
public class SeedPlanTests
{
    private sealed record Expected(int Number, string Addressee, bool Repeated, ResponseKind Response, (string? Owner, string? Target, DateOnly? Due)[] Actions);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static (string?, string?, DateOnly?)[] Times(int count, string? owner, string? target, DateOnly? due) =>
        Enumerable.Repeat((owner, target, due), count).ToArray();

    private static (string?, string?, DateOnly?)[] Of(params (string?, string?, DateOnly?)[] actions) => actions;

    private static void AssertReads(PlanReading plan, Expected[] expected)
    {
        Assert.Equal(expected.Select(e => e.Number), plan.Recommendations.Select(r => r.Number));
        foreach (var (e, r) in expected.Zip(plan.Recommendations))
        {
            Assert.Equal((e.Number, e.Addressee, e.Repeated, e.Response), (r.Number, r.Addressee, r.Repeated, r.Response));
            Assert.Equal(e.Actions, r.Actions.Select(a => (a.Owner, a.Target, a.Due)).ToArray());
            Assert.All(r.Actions, a => Assert.False(string.IsNullOrWhiteSpace(a.Text)));
            Assert.False(string.IsNullOrWhiteSpace(r.Text));
        }
    }

    private static string[] SeedLines(string path) => SeedDocuments.Read(path).Split('\n');

    /// <summary>A cell of the seed's source line as the reader should render it: tags gone, entities decoded, spaces collapsed.</summary>
    private static string PlainCell(string path, int line, int cell) =>
        Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(SeedLines(path)[line - 1].Split('\t')[cell], "<[^>]+>", " ")), @"\s+", " ").Trim();

    [SkippableFact]
    public void Northumbria_plan_is_read_exactly()
    {
        var plan = PlanReader.Read(SeedDocuments.Read(SeedDocuments.PlanNorthumbria));

        Assert.Equal("Northumbria Community Rehabilitation Company", plan.Provider);
        Assert.Equal(D(2020, 2, 7), plan.Submitted);
        Assert.Equal(D(2020, 2, 10), plan.ReportPublished);
        const string crc = "Northumbria Community Rehabilitation Company";
        const string south = "Deputy Director, South of Tyne";
        AssertReads(plan,
        [
            new(1, crc, false, ResponseKind.Agreed, Times(9, south, "December 2020", D(2020, 12, 31))),
            new(2, crc, false, ResponseKind.Agreed, Times(3, south, "July 2020", D(2020, 7, 31))),
            new(3, crc, true, ResponseKind.Agreed, Times(6, south, "December 2020", D(2020, 12, 31))),
            new(4, crc, false, ResponseKind.PartlyAgreed, Times(3, "Director", "December 2020.", D(2020, 12, 31))),
            new(5, crc, false, ResponseKind.Agreed, Times(10, "Deputy Director, North of Tyne", "June 2020.", D(2020, 6, 30))),
            new(6, crc, false, ResponseKind.PartlyAgreed, Times(2, "Director", "December 2020", D(2020, 12, 31))),
            new(7, crc, false, ResponseKind.NotAgreed, []),
            new(8, crc, false, ResponseKind.Agreed, Times(5, "Director", "December 2020", D(2020, 12, 31))),
        ]);
        Assert.Equal(new ResponseSummary(5, 2, 1), plan.Summary);
        Assert.Equal(new StatedSummary(5, 2, 1, 8) { Line = 68 }, plan.StatedSummary);
        Assert.Empty(plan.Warnings);
    }

    [SkippableFact]
    public void Northumbria_text_cut_by_page_breaks_is_joined()
    {
        var path = SeedDocuments.PlanNorthumbria;
        var plan = PlanReader.Read(SeedDocuments.Read(path));
        var recs = plan.Recommendations;

        // Recommendation 5 goes on in the next row's recommendation column, recommendation 8 in its number column.
        Assert.EndsWith(" " + PlainCell(path, 46, 1), recs[4].Text);
        Assert.EndsWith(" " + PlainCell(path, 64, 0), recs[7].Text);
        Assert.DoesNotContain("\n", recs[7].Text);
        // The repeated-from-previous marker is a flag, not part of the text.
        Assert.DoesNotContain("repeated", recs[2].Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("(", recs[2].Text);
        // A bullet cut by the page break is finished by the first paragraph of the next page.
        var continued = Regex.Match(SeedLines(path)[29], "<p>(.*?)</p>").Groups[1].Value;
        Assert.EndsWith(" " + continued, recs[0].Actions[4].Text);
        // Paragraphs after a closed list are narrative, not part of the last bullet.
        Assert.Equal(3, recs[0].ResponseText.Split('\n').Length);
        Assert.DoesNotContain("&amp;", recs[3].ResponseText);
        Assert.Contains("E&I", recs[3].ResponseText);
        Assert.DoesNotContain("<", string.Join(" ", recs.Select(r => r.ResponseText + r.Text)));
        // Not agreed, with no owner or date: all narrative.
        Assert.Empty(recs[6].Actions);
        Assert.Equal(4, recs[6].ResponseText.Split('\n').Length);
    }

    [SkippableFact]
    public void Cumbria_and_Lancashire_plan_is_read_exactly()
    {
        var plan = PlanReader.Read(SeedDocuments.Read(SeedDocuments.PlanCumbriaLancashire));

        Assert.Equal("Cumbria & Lancashire Community Rehabilitation Company", plan.Provider);
        Assert.Equal(D(2019, 6, 10), plan.Submitted);
        Assert.Equal(D(2019, 5, 30), plan.ReportPublished);
        const string crc = "The CRC";
        const string june = "June 2019", sept = "September 2019", nov = "November 2019";
        DateOnly june30 = D(2019, 6, 30), sept30 = D(2019, 9, 30), nov30 = D(2019, 11, 30);
        const string quality = "Deputy Director Quality", training = "Deputy Director Training", om = "Deputy Director Offender Management",
            ettg = "Deputy Director ETTG", ldu = "All LDU Deputy Directors";
        AssertReads(plan,
        [
            new(1, crc, false, ResponseKind.Agreed, Of(
                (null, null, null), // three owners and dates beside one unmarked list: see the warning
                (training, june, june30), (training, june, june30), (quality, june, june30), (quality, june, june30),
                ("All LDU Deputy Director", june, june30), ("Deputy Director RPP Deputy Director Quality", june, june30),
                ("All Deputy Directors", june, june30), ("Director", sept, sept30))),
            new(2, crc, false, ResponseKind.Agreed, Of(
                (quality, june, june30), (quality, june, june30), (quality, june, june30), ("Director", june, june30),
                ("Deputy Director Admin", june, june30))),
            new(3, crc, false, ResponseKind.Agreed, Of(
                (null, null, null),
                ("Deputy Director Women; Equality & Diversity; Quality", nov, nov30), (quality, june, june30),
                (training, nov, nov30), (quality, june, june30))),
            new(4, crc, false, ResponseKind.Agreed, Of(
                ("Director", june, june30), (training, june, june30), (training, "October 2019", D(2019, 10, 31)), (om, june, june30),
                (quality, june, june30), (om, nov, nov30))),
            new(5, crc, false, ResponseKind.Agreed, Of(
                (ettg, "December 2019", D(2019, 12, 31)), (ettg, "Completed April 2019", null), (ettg, june, june30), (ettg, "Completed", null))),
            new(6, crc, false, ResponseKind.Agreed, Of(
                (quality, june, june30), (quality, june, june30), (ldu, june, june30), (quality, sept, sept30), (ldu, sept, sept30),
                (ldu, june, june30), (quality, june, june30), ("Deputy Director Quality Head of Partnerships", sept, sept30))),
            new(7, crc, false, ResponseKind.Agreed, Of(
                (ettg, "Completed February 2019", null), (ettg, "Completed April 2019", null), (ettg, "Completed May 2019", null),
                ("All Deputy Directors", june, june30), (om, sept, sept30))),
        ]);
        Assert.Equal([false, true, false, true], plan.Recommendations[4].Actions.Select(a => a.Completed));
        Assert.Equal(new ResponseSummary(7, 0, 0), plan.Summary);
        Assert.Equal(new StatedSummary(7, 0, 0, 7) { Line = 83 }, plan.StatedSummary);
        // Two rows lost their bullets in extraction: one block of text beside several owners and dates.
        Assert.Equal([29, 52], plan.Warnings.Select(w => w.Line));
        Assert.All(plan.Warnings, w => Assert.Contains("cannot be paired", w.Message));
    }

    [SkippableFact]
    public void North_West_plan_is_read_exactly()
    {
        var plan = PlanReader.Read(SeedDocuments.Read(SeedDocuments.PlanNpsNorthWest));

        Assert.Equal("North West Division - National Probation Service", plan.Provider);
        Assert.Equal(D(2019, 3, 4), plan.Submitted);
        Assert.Equal(D(2019, 2, 22), plan.ReportPublished);
        const string nps = "The NPS North West Division", hmpps = "Her Majesty's Prison and Probation Service";
        const string pq = "Head of P&Q", may = "May 2019", sept = "September 2019", end2020 = "End 2020 (in-line with HMPPS Equality Strategy)";
        DateOnly may31 = D(2019, 5, 31), sept30 = D(2019, 9, 30), endOf2020 = D(2020, 12, 31);
        AssertReads(plan,
        [
            new(1, nps, false, ResponseKind.Agreed, Of(
                (pq, may, may31), (pq, sept, sept30), (pq, sept, sept30),
                ("Head of P&Q / Head of Public Protection / SFO Lead Manager", "Bi-monthly from March 2019", D(2019, 3, 31)),
                (pq, "Bi-annual throughout 2019", D(2019, 6, 30)))),
            new(2, nps, false, ResponseKind.Agreed, Of(
                (pq, may, may31), (pq, sept, sept30), (pq, sept, sept30),
                ("Head of P&Q / Head of Public Protection", "Bi-monthly from March 2019", D(2019, 3, 31)),
                (pq, "Bi-annually throughout 2019", D(2019, 6, 30)),
                ("Sex Offender Lead ACO & Lead Band 6 Manager", "August 2019", D(2019, 8, 31)))),
            new(3, nps, false, ResponseKind.Agreed, Of(
                // The owner cut at the foot of the page ("… /") is finished at the top of the next.
                ("Probation Divisional Director / Head of Public Protection", may, may31),
                ("Head of Public Protection and Heads of Cluster", "December 2019", D(2019, 12, 31)),
                ("Head of Stakeholder Engagement", sept, sept30),
                ("Domestic Abuse and Safeguarding Lead ACO", sept, sept30),
                ("Heads of Cluster", "June 2019", D(2019, 6, 30)),
                ("Heads of Cluster", "June 2019 and ongoing", D(2019, 6, 30)))),
            new(4, nps, false, ResponseKind.Agreed, Of(
                ("NW Head of Business Strategy and Change / H&S Business Partner / Heads of Cluster", may, may31),
                ("Divisional Business Manager / all NW BMs / H&S BP / Heads of Cluster", may, may31),
                ("All NW Heads of Cluster", "July 2019", D(2019, 7, 31)))),
            new(5, hmpps, false, ResponseKind.Agreed, Of(
                ("MOJ Resourcing and Onboarding", end2020, endOf2020), ("HMPPS Equalities Team", end2020, endOf2020),
                ("Head of Volume Recruitment", end2020, endOf2020),
                ("NW ACO Lead for Equality & NW Equality Manager", "December 2019", D(2019, 12, 31)),
                ("NW Equality Manager", "April 2019", D(2019, 4, 30)))),
            new(6, hmpps, false, ResponseKind.Agreed, Of(("NPS Head of Innovation, Development & Change", "March 2020", D(2020, 3, 31)))),
            new(7, "The Ministry of Justice", false, ResponseKind.Agreed, Of(("Estates Directorate", "December 2019", D(2019, 12, 31)))),
            new(8, "Her Majesty's Courts and Tribunal Service", false, ResponseKind.Agreed, Of(("HMCTS", "Completed", null), ("HMCTS", "Completed", null))),
        ]);
        Assert.Equal(new ResponseSummary(8, 0, 0), plan.Summary);
        Assert.Null(plan.StatedSummary);
        Assert.Empty(plan.Warnings);
    }

    [SkippableFact]
    public void North_West_lettered_items_are_the_actions_under_numbered_headings()
    {
        var path = SeedDocuments.PlanNpsNorthWest;
        var recs = PlanReader.Read(SeedDocuments.Read(path)).Recommendations;

        Assert.Equal(["a)", "b)", "c)", "d)", "e)"], recs[0].Actions.Select(a => a.Label));
        Assert.Equal(["a)", "a)", "a)", "b)", "c)", "d)"], recs[2].Actions.Select(a => a.Label));
        Assert.StartsWith("1.1 ", recs[0].ResponseText);
        Assert.Equal(["3.1", "3.2", "3.3"], recs[2].ResponseText.Split('\n').Select(p => p.Split(' ')[0]));
        // b) runs on into a second paragraph after the page break.
        Assert.Equal(2, recs[0].Actions[1].Text.Split('\n').Length);
        // Sub-items "a.", "b.", "c." belong to the b) they list, not to the actions.
        Assert.Equal(["a.", "b.", "c."], recs[4].Actions[1].Text.Split('\n').Skip(1).Select(l => l.Split(' ')[0]));
        // Dash bullets listing what 6.1 covers are part of it.
        Assert.Equal(7, recs[5].Actions[0].Text.Split('\n').Length);
        Assert.Equal("6.1", recs[5].Actions[0].Label);
        Assert.Equal(PlainCell(path, 64, 3), recs[5].ResponseText);
        // The header paragraph names the addressee and is not part of the recommendation.
        Assert.DoesNotContain("should:", recs[6].Text);
    }

    [SkippableFact]
    public void Every_source_line_is_accounted_for()
    {
        foreach (var path in SeedDocuments.Plans)
        {
            var lines = SeedLines(path);
            var plan = PlanReader.Read(SeedDocuments.Read(path));

            var count = lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
            Assert.Equal(Enumerable.Range(1, count), plan.Lines.Select(l => l.Line));
            Assert.All(plan.Lines, l => Assert.False(string.IsNullOrWhiteSpace(l.Reason)));
            Assert.All(plan.Lines.Where(l => lines[l.Line - 1].Trim().Length == 0), l => Assert.Equal("blank", l.Reason));
            // Every recommendation and continuation row is kept; the introduction and definitions are not.
            Assert.All(plan.Recommendations, r => Assert.True(plan.Lines[r.Line - 1].Kept));
            Assert.Contains(plan.Lines, l => !l.Kept && l.Reason == "introduction");
            Assert.Equal(3, plan.Lines.Count(l => !l.Kept && l.Reason == "definition table" && lines[l.Line - 1].Contains("Agreed\t", StringComparison.Ordinal)));
            Assert.Contains(plan.Lines, l => !l.Kept && l.Reason == "column headings");
        }
    }

    [SkippableFact]
    public void Plans_are_told_from_reports_by_their_content()
    {
        Assert.All(SeedDocuments.Plans, path => Assert.True(PlanReader.LooksLikeActionPlan(SeedDocuments.Read(path))));
        Assert.False(PlanReader.LooksLikeActionPlan(SeedDocuments.Read(SeedDocuments.ReportNorthumbria)));
        Assert.False(PlanReader.LooksLikeActionPlan(""));
        Assert.False(PlanReader.LooksLikeActionPlan(null));
    }
}
