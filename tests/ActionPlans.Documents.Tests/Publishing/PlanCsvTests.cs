using ActionPlans.Core.Plans;
using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Publishing;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Publishing;

public class PlanCsvTests
{
    /// <summary>An RFC 4180 reader, enough to check what a spreadsheet would see.</summary>
    private static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && csv[i + 1] == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; i++; }
            else cell.Append(c);
        }
        Assert.Equal(0, cell.Length + row.Count);
        return rows;
    }

    [Fact]
    public void One_row_per_action_with_its_due_date_and_whether_it_is_done()
    {
        var rows = Parse(PlanCsv.Write(UnusualPlans.Ordinary));

        Assert.Equal(PlanCsv.Headings, rows[0]);
        Assert.Equal(["1", "Improve the quality of risk assessments.", "Agreed", "a) Train every officer in risk assessment.", "Head of Learning", "June 2026", "2026-06-30", "no"], rows[1]);
        Assert.Equal("b) Audit ten cases a month.\n• Report the findings to the board", rows[2][3]);
        Assert.Equal(["2", "Fund a new case management system.", "Partly Agreed", "Upgrade the current system.", "HMPPS Digital", "Completed", "", "yes"], rows[3]);
        Assert.Equal(["3", "Open an office in every town.", "Not Agreed", "", "", "", "", ""], rows[4]);
        Assert.Equal(5, rows.Count);
    }

    [Theory]
    [InlineData("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [InlineData("+44 20", "'+44 20")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("=1,2", "\"'=1,2\"")]
    [InlineData("tab\there\u0007", "tab here")]
    [InlineData("June 2026", "June 2026")]
    public void Cells_are_quoted_and_kept_from_being_formulas(string owner, string written)
    {
        var plan = new PublishedPlan("P", null, null,
            [new PublishedRecommendation(1, "R", null, false, ResponseKind.Agreed, [], null, [new PublishedAction("A", owner, "T")])]);
        Assert.EndsWith($"\r\n1,R,Agreed,A,{written},T,,no\r\n", PlanCsv.Write(plan));
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Every_action_of_a_plan_read_from_text_has_a_row(Copy copy)
    {
        var reading = PlanReader.Read(Layouts.Read(Layouts.PlanWithAddresseeHeaders(copy)));
        var rows = Parse(PlanCsv.Write(PublishedPlan.From(reading)));

        Assert.Equal(reading.Recommendations.Sum(r => Math.Max(1, r.Actions.Count)), rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(8, r.Count));
        Assert.Equal(
            reading.Recommendations.SelectMany(r => r.Actions).Select(a => a.Owner ?? "").ToList(),
            rows.Skip(1).Where(r => r[3].Length > 0).Select(r => r[4].TrimStart('\'')).ToList());
    }
}
