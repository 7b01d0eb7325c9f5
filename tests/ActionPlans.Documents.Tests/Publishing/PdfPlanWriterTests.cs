using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Publishing;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Publishing;

/// <summary>The PDF read by poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm), an independent reader of the file.</summary>
public class PdfPlanWriterTests
{
    private sealed class PdfFile : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("plan-pdf-");

        public PdfFile(PublishedPlan plan)
        {
            Path = System.IO.Path.Combine(_folder.FullName, "plan.pdf");
            File.WriteAllBytes(Path, PdfPlanWriter.Write(plan));
        }

        public string Path { get; }
        public string Folder => _folder.FullName;

        public string Text(int page) => Poppler("pdftotext", $"-f {page} -l {page} -layout {Path} -");
        public string Info => Poppler("pdfinfo", Path);
        public int Pages => int.Parse(Info.Split('\n').Single(l => l.StartsWith("Pages:")).Split(':')[1]);

        public static string Poppler(string tool, string arguments)
        {
            var (exit, output) = Tools.Run(tool, arguments, TimeSpan.FromMinutes(1));
            Assert.True(exit == 0, $"{tool} exited {exit}: {output}");
            return output;
        }

        public void Dispose() => _folder.Delete(recursive: true);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.EachPlan), MemberType = typeof(Layouts))]
    public void Plans_read_from_each_layout_print_the_layout_with_the_heading_row_on_every_page(Copy copy, int layout)
    {
        var reading = PlanReader.Read(Layouts.Read(Layouts.Plan(copy, layout)));
        using var pdf = new PdfFile(PublishedPlan.From(reading));

        var first = pdf.Text(1);
        Assert.Contains("Action Plan Submitted:", first);
        Assert.Contains("A Response to the HMI Probation Inspection:", first);
        Assert.Contains("Partly Agreed", first);
        Assert.True(pdf.Pages >= 2, "the plans run to several pages");
        for (var page = 2; page <= pdf.Pages; page++)
        {
            var text = pdf.Text(page);
            Assert.Matches(@"Rec No\s+Recommendation\s+Agreed/ Partly\s+Response Action Taken/Planned\s+Responsible Owner\s+Target Date", text);
            Assert.Contains($"Page {page} of {pdf.Pages}", text);
        }

        var all = string.Join("\n", Enumerable.Range(1, pdf.Pages).Select(pdf.Text));
        var words = reading.Recommendations[^1].Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Take(4);
        Assert.Matches(string.Join(@"\s+", words.Select(System.Text.RegularExpressions.Regex.Escape)), all);
        var last = pdf.Text(pdf.Pages);
        Assert.Matches($@"Total\s+{reading.Summary.Total}\b", last);
        Assert.Matches($@"Agreed\s+{reading.Summary.Agreed}\b", last);
    }

    [Fact]
    public void The_document_is_titled_landscape_A4_with_its_fonts_embedded()
    {
        using var pdf = new PdfFile(UnusualPlans.Ordinary);

        Assert.Contains("Title:           Action plan: Fenmoor and Dales CRC", pdf.Info);
        Assert.Contains("Page size:       842 x 595 pts (A4)", pdf.Info);
        var fonts = PdfFile.Poppler("pdffonts", pdf.Path).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches(@"TrueType\s+\S+\s+yes", f));
    }

    [Fact]
    public void Owners_and_target_dates_start_on_the_line_of_their_action()
    {
        using var pdf = new PdfFile(UnusualPlans.Ordinary);
        var lines = pdf.Text(1).Split('\n');

        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"a\) Train every officer in risk assessment\.\s+Head of Learning\s+June 2026"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"b\) Audit ten cases a month\.\s+Quality Lead\s+Monthly from April"));
        Assert.Contains(lines, l => l.Contains("Her Majesty's Prison and Probation Service should:"));
    }

    [Fact]
    public void Awkward_text_prints_with_what_the_font_lacks_replaced()
    {
        using var pdf = new PdfFile(UnusualPlans.Awkward);
        var all = string.Join("\n", Enumerable.Range(1, pdf.Pages).Select(pdf.Text));

        Assert.Contains(UnusualPlans.Script, all);
        Assert.Contains("Done ?? on time ?", all);
        Assert.Contains("bell null escape form lone end", all);
        // The word is broken to the column's width: a line of it, and no more than fits.
        Assert.Matches(@"(?m)^\s*W{30,34}$", all);
        Assert.True(pdf.Pages > 2, "the very long recommendation runs over several pages");
    }

    [Fact]
    public void The_first_page_renders_as_an_image()
    {
        using var pdf = new PdfFile(PublishedPlan.From(PlanReader.Read(Layouts.Read(Layouts.PlanInHtmlCells(Copy.Own)))));
        PdfFile.Poppler("pdftoppm", $"-png -r 60 -f 1 -l 1 {pdf.Path} {Path.Combine(pdf.Folder, "page")}");

        var png = File.ReadAllBytes(Directory.GetFiles(pdf.Folder, "page*.png").Single());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        // 842 x 595 points at 60 dots per inch.
        Assert.Equal((702, 496), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
    }
}
