using System.Net;
using System.Text.RegularExpressions;
using ActionPlans.Core.Plans;
using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Plans;

/// <summary>
/// The three plan layouts, read exactly: every recommendation, every action's owner and target. Each runs on our own
/// copy of the layout and, when the published documents are at hand, on the published plan itself.
/// </summary>
public class PlanLayoutTests
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

    private static string[] SourceLines(string path) => Layouts.Read(path).Split('\n');

    /// <summary>A cell of the source line as the reader should render it: tags gone, entities decoded, spaces collapsed.</summary>
    private static string PlainCell(string path, int line, int cell) =>
        Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(SourceLines(path)[line - 1].Split('\t')[cell], "<[^>]+>", " ", RegexOptions.None, Limit)), @"\s+", " ", RegexOptions.None, Limit).Trim();

    private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(ActionPlans.Core.PatternTimeout.Milliseconds);

    private sealed record ExactPlan(string Provider, DateOnly Submitted, DateOnly ReportPublished, Expected[] Recommendations);

    private static ExactPlan InHtmlCells(Copy copy)
    {
        if (copy == Copy.Own)
        {
            const string own = "Kestrel Vale Community Rehabilitation Company", east = "Head of Operations, East";
            return new(own, D(2025, 3, 4), D(2025, 3, 10),
            [
                new(1, own, false, ResponseKind.Agreed, Times(9, east, "November 2025", D(2025, 11, 30))),
                new(2, own, false, ResponseKind.Agreed, Times(3, "Head of Operations, South", "August 2025", D(2025, 8, 31))),
                new(3, own, true, ResponseKind.Agreed, Times(6, "Head of Quality", "November 2025", D(2025, 11, 30))),
                new(4, own, false, ResponseKind.PartlyAgreed, Times(3, "Chief Officer", "March 2026.", D(2026, 3, 31))),
                new(5, own, false, ResponseKind.Agreed, Times(5, "Head of Operations, West", "July 2025.", D(2025, 7, 31))),
                new(6, own, false, ResponseKind.PartlyAgreed, Times(2, "Chief Officer", "March 2026", D(2026, 3, 31))),
                new(7, own, false, ResponseKind.NotAgreed, []),
                new(8, own, false, ResponseKind.Agreed, Times(5, "Chief Officer", "November 2025", D(2025, 11, 30))),
            ]);
        }
        const string crc = "Northumbria Community Rehabilitation Company", south = "Deputy Director, South of Tyne";
        return new(crc, D(2020, 2, 7), D(2020, 2, 10),
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
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Plan_in_html_cells_is_read_exactly(Copy copy)
    {
        var plan = PlanReader.Read(Layouts.Read(Layouts.PlanInHtmlCells(copy)));
        var expected = InHtmlCells(copy);

        Assert.Equal(expected.Provider, plan.Provider);
        Assert.Equal(expected.Submitted, plan.Submitted);
        Assert.Equal(expected.ReportPublished, plan.ReportPublished);
        AssertReads(plan, expected.Recommendations);
        Assert.Equal(new ResponseSummary(5, 2, 1), plan.Summary);
        Assert.Equal(new StatedSummary(5, 2, 1, 8) { Line = 68 }, plan.StatedSummary);
        Assert.Empty(plan.Warnings);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Text_cut_by_page_breaks_is_joined(Copy copy)
    {
        var path = Layouts.PlanInHtmlCells(copy);
        var plan = PlanReader.Read(Layouts.Read(path));
        var recs = plan.Recommendations;

        // Recommendation 5 goes on in the next row's recommendation column, recommendation 8 in its number column.
        Assert.EndsWith(" " + PlainCell(path, 46, 1), recs[4].Text);
        Assert.EndsWith(" " + PlainCell(path, 64, 0), recs[7].Text);
        Assert.DoesNotContain("\n", recs[7].Text);
        // The repeated-from-previous marker is a flag, not part of the text.
        Assert.DoesNotContain("repeated", recs[2].Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("(", recs[2].Text);
        // A bullet cut by the page break is finished by the first paragraph of the next page.
        var continued = Regex.Match(SourceLines(path)[29], "<p>(.*?)</p>", RegexOptions.None, Limit).Groups[1].Value;
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

    private static ExactPlan WithLostBullets(Copy copy)
    {
        if (copy == Copy.Own)
        {
            const string june = "June 2024", sept = "September 2024", nov = "November 2024";
            DateOnly june30 = D(2024, 6, 30), sept30 = D(2024, 9, 30), nov30 = D(2024, 11, 30);
            const string quality = "Head of Quality", learning = "Head of Learning", cases = "Head of Case Management", resettlement = "Head of Resettlement",
                districts = "All District Heads";
            return new("Harrowfield & Stoke Community Rehabilitation Company", D(2024, 5, 12), D(2024, 5, 1),
            [
                new(1, "The CRC", false, ResponseKind.Agreed, Of(
                    (null, null, null),
                    (learning, june, june30), (learning, june, june30), (quality, june, june30), (quality, june, june30),
                    ("All District Head", june, june30), ("Head of Public Protection Head of Quality", june, june30),
                    ("All Heads of Service", june, june30), ("Chief Officer", sept, sept30))),
                new(2, "The CRC", false, ResponseKind.Agreed, Of(
                    (quality, june, june30), (quality, june, june30), (quality, june, june30), ("Chief Officer", june, june30),
                    ("Head of Business Support", june, june30))),
                new(3, "The CRC", false, ResponseKind.Agreed, Of(
                    (null, null, null),
                    ("Head of Women; Equality & Diversity; Quality", nov, nov30), (quality, june, june30), (learning, nov, nov30), (quality, june, june30))),
                new(4, "The CRC", false, ResponseKind.Agreed, Of(
                    ("Chief Officer", june, june30), (learning, june, june30), (learning, "October 2024", D(2024, 10, 31)), (cases, june, june30),
                    (quality, june, june30), (cases, nov, nov30))),
                new(5, "The CRC", false, ResponseKind.Agreed, Of(
                    (resettlement, "December 2024", D(2024, 12, 31)), (resettlement, "Completed April 2024", null), (resettlement, june, june30),
                    (resettlement, "Completed", null))),
                new(6, "The CRC", false, ResponseKind.Agreed, Of(
                    (quality, june, june30), (quality, june, june30), (districts, june, june30), (quality, sept, sept30), (districts, sept, sept30),
                    (districts, june, june30), (quality, june, june30), ("Head of Quality Head of Partnerships", sept, sept30))),
                new(7, "The CRC", false, ResponseKind.Agreed, Of(
                    (resettlement, "Completed February 2024", null), (resettlement, "Completed April 2024", null), (resettlement, "Completed May 2024", null),
                    ("All Heads of Service", june, june30), (cases, sept, sept30))),
            ]);
        }
        {
            const string crc = "The CRC";
            const string june = "June 2019", sept = "September 2019", nov = "November 2019";
            DateOnly june30 = D(2019, 6, 30), sept30 = D(2019, 9, 30), nov30 = D(2019, 11, 30);
            const string quality = "Deputy Director Quality", training = "Deputy Director Training", om = "Deputy Director Offender Management",
                ettg = "Deputy Director ETTG", ldu = "All LDU Deputy Directors";
            return new("Cumbria & Lancashire Community Rehabilitation Company", D(2019, 6, 10), D(2019, 5, 30),
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
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Plan_with_lost_bullets_is_read_exactly(Copy copy)
    {
        var plan = PlanReader.Read(Layouts.Read(Layouts.PlanWithLostBullets(copy)));
        var expected = WithLostBullets(copy);

        Assert.Equal(expected.Provider, plan.Provider);
        Assert.Equal(expected.Submitted, plan.Submitted);
        Assert.Equal(expected.ReportPublished, plan.ReportPublished);
        AssertReads(plan, expected.Recommendations);
        Assert.Equal([false, true, false, true], plan.Recommendations[4].Actions.Select(a => a.Completed));
        Assert.Equal(new ResponseSummary(7, 0, 0), plan.Summary);
        Assert.Equal(new StatedSummary(7, 0, 0, 7) { Line = 83 }, plan.StatedSummary);
        // Two rows lost their bullets in extraction: one block of text beside several owners and dates.
        Assert.Equal([29, 52], plan.Warnings.Select(w => w.Line));
        Assert.All(plan.Warnings, w => Assert.Contains("cannot be paired", w.Message));
    }

    private static ExactPlan WithAddresseeHeaders(Copy copy)
    {
        if (copy == Copy.Own)
        {
            const string nps = "The NPS Eastmarch Division", hmpps = "Her Majesty's Prison and Probation Service";
            const string ql = "Head of Quality and Learning", may = "May 2026", sept = "September 2026", end2026 = "End 2026 (in-line with HMPPS Equality Plan)";
            DateOnly may31 = D(2026, 5, 31), sept30 = D(2026, 9, 30), endOf2026 = D(2026, 12, 31);
            return new("Eastmarch Division - National Probation Service", D(2025, 11, 17), D(2025, 11, 7),
            [
                new(1, nps, false, ResponseKind.Agreed, Of(
                    (ql, may, may31), (ql, sept, sept30), (ql, sept, sept30),
                    ("Head of Quality and Learning / Head of Public Protection / Review Lead", "Bi-monthly from April 2026", D(2026, 4, 30)),
                    (ql, "Bi-annual throughout 2026", D(2026, 6, 30)))),
                new(2, nps, false, ResponseKind.Agreed, Of(
                    (ql, may, may31), (ql, sept, sept30), (ql, sept, sept30),
                    ("Head of Quality and Learning / Head of Public Protection", "Bi-monthly from April 2026", D(2026, 4, 30)),
                    (ql, "Bi-annually throughout 2026", D(2026, 6, 30)),
                    ("Sexual Offending Lead & Lead Manager", "August 2026", D(2026, 8, 31)))),
                new(3, nps, false, ResponseKind.Agreed, Of(
                    // The owner cut at the foot of the page ("… /") is finished at the top of the next.
                    ("Deputy Division Director / Head of Public Protection", may, may31),
                    ("Head of Public Protection and Cluster Heads", "December 2026", D(2026, 12, 31)),
                    ("Head of Partnerships", sept, sept30),
                    ("Safeguarding Lead", sept, sept30),
                    ("Cluster Heads", "June 2026", D(2026, 6, 30)),
                    ("Cluster Heads", "June 2026 and ongoing", D(2026, 6, 30)))),
                new(4, nps, false, ResponseKind.Agreed, Of(
                    ("Head of Business Change / Safety Adviser / Cluster Heads", may, may31),
                    ("Division Business Manager / all Business Managers / Safety Adviser / Cluster Heads", may, may31),
                    ("All Eastmarch Cluster Heads", "July 2026", D(2026, 7, 31)))),
                new(5, hmpps, false, ResponseKind.Agreed, Of(
                    ("Central Recruitment Team", end2026, endOf2026), ("HMPPS Equality Team", end2026, endOf2026),
                    ("Head of Recruitment", end2026, endOf2026),
                    ("Eastmarch Equality Lead & Equality Manager", "December 2026", D(2026, 12, 31)),
                    ("Eastmarch Equality Manager", "April 2026", D(2026, 4, 30)))),
                new(6, hmpps, false, ResponseKind.Agreed, Of(("NPS Head of Change", "March 2027", D(2027, 3, 31)))),
                new(7, "The Ministry of Justice", false, ResponseKind.Agreed, Of(("Estates Team", "December 2026", D(2026, 12, 31)))),
                new(8, "Her Majesty's Courts and Tribunal Service", false, ResponseKind.Agreed, Of(("HMCTS", "Completed", null), ("HMCTS", "Completed", null))),
            ]);
        }
        {
            const string nps = "The NPS North West Division", hmpps = "Her Majesty's Prison and Probation Service";
            const string pq = "Head of P&Q", may = "May 2019", sept = "September 2019", end2020 = "End 2020 (in-line with HMPPS Equality Strategy)";
            DateOnly may31 = D(2019, 5, 31), sept30 = D(2019, 9, 30), endOf2020 = D(2020, 12, 31);
            return new("North West Division - National Probation Service", D(2019, 3, 4), D(2019, 2, 22),
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
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Plan_with_addressee_headers_is_read_exactly(Copy copy)
    {
        var plan = PlanReader.Read(Layouts.Read(Layouts.PlanWithAddresseeHeaders(copy)));
        var expected = WithAddresseeHeaders(copy);

        Assert.Equal(expected.Provider, plan.Provider);
        Assert.Equal(expected.Submitted, plan.Submitted);
        Assert.Equal(expected.ReportPublished, plan.ReportPublished);
        AssertReads(plan, expected.Recommendations);
        Assert.Equal(new ResponseSummary(8, 0, 0), plan.Summary);
        Assert.Null(plan.StatedSummary);
        Assert.Empty(plan.Warnings);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Lettered_items_are_the_actions_under_numbered_headings(Copy copy)
    {
        var path = Layouts.PlanWithAddresseeHeaders(copy);
        var recs = PlanReader.Read(Layouts.Read(path)).Recommendations;

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

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Every_source_line_is_accounted_for(Copy copy)
    {
        foreach (var path in Layouts.Plans(copy))
        {
            var lines = SourceLines(path);
            var plan = PlanReader.Read(Layouts.Read(path));

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

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Plans_are_told_from_reports_by_their_content(Copy copy)
    {
        Assert.All(Layouts.Plans(copy), path => Assert.True(PlanReader.LooksLikeActionPlan(Layouts.Read(path))));
        Assert.False(PlanReader.LooksLikeActionPlan(Layouts.Read(Layouts.Report(copy))));
        Assert.False(PlanReader.LooksLikeActionPlan(""));
        Assert.False(PlanReader.LooksLikeActionPlan(null));
    }
}
