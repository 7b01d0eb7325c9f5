using System.IO.Compression;
using System.Text;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans.Checks;
using ActionPlans.Core.Recommendations;
using ActionPlans.Core.TargetDates;
using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Publishing;
using ActionPlans.Documents.Reports;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Hostile;

/// <summary>
/// No input stalls a reader or a parser: every one of them, given runs as long as a line may be of each kind of
/// character its patterns look for (and deep nesting), reads or refuses without any of its patterns running out of
/// its match timeout (what a backtracking pattern would do on these runs). How fast they read is measured in
/// bench/ActionPlans.Benchmarks, not here: a test that times itself fails when the machine is busy.
/// </summary>
public class HostileInputTests
{
    /// <summary>Runs go in lines with a few words around them, so they stay within the longest line a reader takes.</summary>
    private const int RunLength = DocumentLimits.MaxLineLength - 1000;

    /// <summary>Only a reader that hangs outright takes this long, however busy the machine; slowness is the benchmarks' to see.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(2);

    /// <summary>What the patterns look for, each repeated into a run; the run ends in a character none of them wants.</summary>
    private static readonly string[] Units =
    [
        " ", "\t", "\u00a0", "\n", "-", "–", "_", "=", "|", "1", "12", "١٢", "¹", "⁴⁴ ", "^{1} ", "^{1", "a", "A", "Ab", ".", "a. ", "a.\t",
        "a) ", "(a) ", "1.1 ", "1.", "(", ")", "((", "& ", "and ", ", ", "/", "•", "• ", " - ", "- ", "<", "<p>", "<ul><li>", "&amp;",
        "*", ":", ";", "should ", "from ", "in ", "then ", "rec ", "Q1 ", "x y ", "completed ", "continue to ", "will ", "%", "page 1 ",
        "this recommendation ", "Rec\tTarget\t",
    ];

    public static TheoryData<string> Readers => [.. Contexts.Keys];

    [Theory]
    [MemberData(nameof(Readers))]
    public void Every_reader_finishes_on_long_runs_without_a_pattern_running_out_of_time(string reader)
    {
        foreach (var unit in Units)
        {
            var run = string.Concat(Enumerable.Repeat(unit, RunLength / unit.Length + 1))[..RunLength] + "!";
            var context = Contexts[reader];
            Within(reader, unit, context.Carrier() + context.Uses * run.Length, () => context.Read(run));
        }
    }

    [Fact]
    public void A_line_longer_than_a_reader_takes_is_refused_at_its_line_at_once()
    {
        var line = new string(' ', 100_000) + "!";
        var plan = Assert.IsType<PlanReadException>(Contexts["plan line outside the table"].Read(line));
        Assert.Equal(Plan.Split('\n').ToList().FindIndex(IsHeadings) + 2, plan.Line);
        Assert.Contains("100,001 characters long", plan.Message);
        var report = Assert.IsType<ReportFormatException>(Contexts["report footnote"].Read(line));
        Assert.Equal((Report + "\n").Split('\n').Length, report.Line);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(5_000)]
    [InlineData(100_000)]
    public void Deeply_nested_Word_content_is_read_or_refused(int depth)
    {
        foreach (var (name, open, close) in Nestings)
        {
            var inner = new StringBuilder();
            for (var i = 0; i < depth; i++) inner.Append(open);
            inner.Append("<w:p><w:r><w:t>deep</w:t></w:r></w:p>");
            for (var i = 0; i < depth; i++) inner.Append(close);
            var docx = WithCellContent(inner.ToString());
            Within("Word reader", $"{name} nested {depth} deep", inner.Length, () => ReadWord(docx));
        }
    }

    [Theory]
    [InlineData(100)]
    [InlineData(100_000)]
    public void Deeply_nested_markup_and_brackets_in_text_are_read(int depth)
    {
        var lists = string.Concat(Enumerable.Repeat("<ul><li>", depth)) + "x" + string.Concat(Enumerable.Repeat("</li></ul>", depth));
        foreach (var reader in new[] { "plan response cell", "plan owner cell", "plan target date cell" })
            Within(reader, $"lists nested {depth} deep", Plan.Length + lists.Length, () => Contexts[reader].Read(lists));
        var brackets = "June 2020 " + new string('(', depth) + "note" + new string(')', depth);
        Within("target date", $"brackets nested {depth} deep", brackets.Length, () => TargetDate.Parse(brackets));
    }

    private static void Within(string reader, string input, long size, Func<object?> read)
    {
        // A pattern that backtracks on the run throws RegexMatchTimeoutException, which fails the read below.
        var work = Task.Run(read);
        if (Task.WaitAny([work], Hang) < 0)
            Assert.Fail($"The {reader} is still going after {Hang.TotalMinutes:0} minutes on \"{Visible(input)}\" ({size:N0} characters).");
        Assert.True(work.IsCompletedSuccessfully, $"The {reader} failed on \"{Visible(input)}\": {work.Exception?.InnerException}");
    }

    private static string Visible(string unit) => unit.Replace("\t", "\\t").Replace("\n", "\\n").Replace("\u00a0", "\\u00a0");

    // A plan and a report in the published layouts (our own copies, always at hand) carry the runs where a reader meets them.
    private static readonly Lazy<string> LayoutPlan = new(() => Layouts.Read(Layouts.PlanInHtmlCells(Copy.Own)).Replace("\r\n", "\n"));
    private static readonly Lazy<string> LayoutReport = new(() => Layouts.Read(Layouts.Report(Copy.Own)).Replace("\r\n", "\n"));
    private static string Plan => LayoutPlan.Value;
    private static string Report => LayoutReport.Value;

    /// <summary>Each reader or parser, given the hostile text where it would meet it in a real document.</summary>
    private static readonly Dictionary<string, Context> Contexts = new()
    {
        ["plan front matter"] = new(() => Plan.Length, 1, run => ReadPlan(InsertAfter(Plan, l => l.StartsWith("Action Plan Submitted", StringComparison.Ordinal), run))),
        ["plan submitted date"] = new(() => Plan.Length, 1, run => ReadPlan(InsertAfter(Plan, _ => true, "Action Plan Submitted: " + run))),
        ["plan provider"] = new(() => Plan.Length, 1, run => ReadPlan(InsertAfter(Plan, _ => true, "A Response to the HMI Probation Inspection: " + run))),
        ["plan number cell"] = new(() => Plan.Length, 1, run => ReadPlan(Row(0, run))),
        ["plan recommendation cell"] = new(() => Plan.Length, 1, run => ReadPlan(Row(1, run))),
        ["plan response word cell"] = new(() => Plan.Length, 1, run => ReadPlan(Row(2, run))),
        ["plan response cell"] = new(() => Plan.Length, 1, run => ReadPlan(Row(3, run))),
        ["plan owner cell"] = new(() => Plan.Length, 1, run => ReadPlan(Row(4, run))),
        ["plan target date cell"] = new(() => Plan.Length, 1, run => ReadPlan(Row(5, run))),
        ["plan line outside the table"] = new(() => Plan.Length, 1, run => ReadPlan(InsertAfter(Plan, IsHeadings, run))),
        ["plan whole text"] = new(() => 0, 1, run => ReadPlan(run)),
        ["Word reader"] = new(() => 0, 6, run => ReadWord(WordPlanWriter.Write(new PublishedPlan(run, null, null,
            [new PublishedRecommendation(1, run, run, false, Core.Plans.ResponseKind.Agreed, [run], null, [new PublishedAction(run, run, run, null)])])))),
        ["report title"] = new(() => Report.Length, 1, run => ReadReport(InsertAfter(Report, l => l.StartsWith("An inspection of", StringComparison.Ordinal), run))),
        ["report ratings page"] = new(() => Report.Length, 2, run => ReadReport(InsertAfter(Report, l => l == "Ratings", run + "\t" + run))),
        ["report standard heading"] = new(() => Report.Length, 1, run => ReadReport(InsertAfter(Report, l => l == "Ratings", "2.1. " + run + "\t"))),
        ["report key question row"] = new(() => Report.Length, 4, run => ReadReport(InsertAfter(Report, l => l.StartsWith("Comparison with", StringComparison.Ordinal), $"{run}?\t{run}\t{run}\t{run}"))),
        ["report previous recommendations"] = new(() => Report.Length, 1, run => ReadReport(InsertAfter(Report, l => l.StartsWith("We recommended", StringComparison.Ordinal), "1. " + run))),
        ["report addressee"] = new(() => Report.Length, 1, run => ReadReport(InsertAfter(Report, l => l == "New recommendations", run + " should:"))),
        ["report new recommendation"] = new(() => Report.Length, 1, run => ReadReport(InsertAfter(Report, l => l.EndsWith("should:", StringComparison.Ordinal), "1. " + run))),
        ["report footnote"] = new(() => Report.Length, 1, run => ReadReport(Report + "\n¹ " + run + "\n")),
        ["report whole text"] = new(() => 0, 2, run => (InspectionReportReader.LooksLikeInspectionReport(run), ReadReport(run))),
        ["target date"] = new(() => 0, 1, run => TargetDate.Parse(run)),
        ["target date after a month"] = new(() => 0, 1, run => TargetDate.Parse("June 2020 " + run)),
        ["action wording"] = new(() => 0, 2, run => (ActionWording.NamesAMeasure(run), ActionWording.OnlyContinues(run))),
        ["recommendation wording"] = new(() => 0, 2, run => Wording.Similarity(run, "ensure that " + run)),
        ["organisation name"] = new(() => 0, 1, run => OrganisationNames.Key(run)),
    };

    /// <param name="Carrier">The length of the document the run is put in.</param>
    /// <param name="Uses">How many times the run appears in what is read.</param>
    private sealed record Context(Func<int> Carrier, int Uses, Func<string, object?> Read);

    private static bool IsHeadings(string line) => line.StartsWith("1. Rec No", StringComparison.Ordinal);

    private static string Row(int cell, string run)
    {
        string[] cells = ["2", "Improve the quality of assessments.", "Agreed", "<p>a) Train every officer.</p>", "Head of Learning", "June 2020"];
        cells[cell] = run;
        return InsertAfter(Plan, IsHeadings, string.Join('\t', cells));
    }

    private static string InsertAfter(string text, Func<string, bool> where, string line)
    {
        var lines = text.Split('\n').ToList();
        lines.Insert(lines.FindIndex(l => where(l)) + 1, line);
        return string.Join('\n', lines);
    }

    private static object? ReadPlan(string text) => Try(() => PlanReader.Read(text));

    private static object? ReadReport(string text) => Try(() => new InspectionReportReader().Read(text));

    private static object? ReadWord(byte[] docx) => Try(() => WordPlanReader.Read(new MemoryStream(docx)));

    /// <summary>Reading or refusing are both fine; any other failure is not.</summary>
    private static object? Try(Func<object?> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is PlanReadException or ReportFormatException)
        {
            return e;
        }
    }

    private static readonly (string Name, string Open, string Close)[] Nestings =
    [
        ("tables", "<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>"),
        ("content controls", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"),
        ("unknown elements", "<x:a xmlns:x=\"urn:x\">", "</x:a>"),
    ];

    /// <summary>An ordinary Word plan whose first action cell holds the given markup.</summary>
    private static byte[] WithCellContent(string markup)
    {
        var plan = new PublishedPlan("Fenmoor and Dales CRC", null, null,
            [new PublishedRecommendation(1, "Improve assessments.", null, false, Core.Plans.ResponseKind.Agreed, [], null, [new PublishedAction("MARKER", "Owner", "June 2020")])]);
        using var buffer = new MemoryStream();
        buffer.Write(WordPlanWriter.Write(plan));
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            var marker = xml.IndexOf("MARKER", StringComparison.Ordinal);
            var cellEnd = xml.IndexOf("</w:tc>", marker, StringComparison.Ordinal);
            xml = xml[..cellEnd] + markup + xml[cellEnd..];
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open());
            writer.Write(xml);
        }
        return buffer.ToArray();
    }
}
