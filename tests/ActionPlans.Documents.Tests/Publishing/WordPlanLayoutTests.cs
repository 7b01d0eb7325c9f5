using System.Globalization;
using System.Text.RegularExpressions;
using ActionPlans.Documents.Publishing;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Publishing;

/// <summary>Word plans laid out as people lay them out, read by the one plan reader, and their PDFs as LibreOffice makes them.</summary>
public partial class WordPlanLayoutTests(WordPlanLayoutPdfs pdfs) : IClassFixture<WordPlanLayoutPdfs>
{
    private static Documents.Plans.PlanReading Read(WordPlanLayout layout) =>
        WordPlanReader.Read(new MemoryStream(WordPlanLayouts.Write(layout, WordPlanLayouts.Model)));

    [Theory]
    [InlineData("narrow-columns-portrait")]
    [InlineData("wide-columns-landscape")]
    [InlineData("long-row-across-pages")]
    [InlineData("rows-of-three-cells")]
    public void Each_layout_reads_as_the_plan_it_was_made_from(string layout)
    {
        ModelReading.AssertReadsAs(WordPlanLayouts.Model, Read(WordPlanLayouts.Named(layout)));
    }

    [Fact]
    public void Owner_and_date_in_one_cell_read_as_the_plan_they_were_made_from()
    {
        ModelReading.AssertReadsAs(WordPlanLayouts.Model, Read(WordPlanLayouts.OwnerAndDate));
    }

    /// <summary>The same plans as LibreOffice prints them: one reader reads the PDF's text as it reads the Word document.</summary>
    [Theory]
    [InlineData("narrow-columns-portrait")]
    [InlineData("wide-columns-landscape")]
    [InlineData("long-row-across-pages")]
    [InlineData("rows-of-three-cells")]
    [InlineData("owner-and-date-in-one-cell")]
    public void Each_layout_as_a_PDF_reads_as_the_plan_it_was_made_from(string layout)
    {
        var pdf = ActionPlans.Documents.Pdf.PdfText.Read(File.ReadAllBytes(pdfs.Pdf(WordPlanLayouts.Named(layout))));
        ModelReading.AssertReadsAs(WordPlanLayouts.Model, Documents.Plans.PlanReader.Read(pdf.Text));
    }

    /// <summary>The same plans with their tables' borders set to none: only the words' places show the table.</summary>
    [Theory]
    [MemberData(nameof(WordPlanLayouts.UnruledNames), MemberType = typeof(WordPlanLayouts))]
    public void Each_layout_without_borders_as_a_PDF_reads_as_the_plan_it_was_made_from(string layout)
    {
        var pdf = ActionPlans.Documents.Pdf.PdfText.Read(File.ReadAllBytes(pdfs.Pdf(WordPlanLayouts.Named(layout))));
        ModelReading.AssertReadsAs(WordPlanLayouts.Model, Documents.Plans.PlanReader.Read(pdf.Text));
    }

    /// <summary>
    /// Without borders only the words' places show the table: its columns from where the heading row's headings start,
    /// its rows from the recommendation numbers and the owners and dates set level with their actions.
    /// </summary>
    [Fact]
    public void A_plan_table_drawn_without_borders_reads_to_the_same_rows_and_cells_as_the_table_drawn_with_them()
    {
        string Text(WordPlanLayout layout) => ActionPlans.Documents.Pdf.PdfText.Read(File.ReadAllBytes(pdfs.Pdf(layout))).Text;
        var unruled = WordPlanLayouts.WithoutBorders(WordPlanLayouts.WideLandscape);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdfs.Pdf(unruled)))
            Assert.All(document.GetPages(), page => Assert.DoesNotContain(page.Paths, path => !path.IsClipping && (path.IsStroked || path.IsFilled)));

        Assert.Equal(Text(WordPlanLayouts.WideLandscape), Text(unruled));
    }

    [Fact]
    public void Merged_and_left_out_cells_are_empty_cells_of_the_text_and_list_paragraphs_its_items()
    {
        string Line(WordPlanLayout layout, string containing) =>
            WordPlanReader.Text(new MemoryStream(WordPlanLayouts.Write(layout, WordPlanLayouts.Model))).Split('\n').Single(l => l.Contains(containing));

        Assert.Equal("\t\t\tPublish the guidance and brief every company's information lead on it.\tHead of Partnerships\tJanuary 2026",
            Line(WordPlanLayouts.NarrowPortrait, "Publish the guidance"));
        Assert.Equal(Line(WordPlanLayouts.NarrowPortrait, "Publish the guidance"), Line(WordPlanLayouts.RightAligned, "Publish the guidance"));
        Assert.StartsWith("4\tPublish guidance for companies on sharing information with housing providers.\tAgreed\t<p>The national service will write the guidance "
                          + "with the companies and the housing providers' association.</p> <ul><li>Publish the guidance",
            Line(WordPlanLayouts.LongRow, "Publish the guidance"));
    }

    [Theory]
    [InlineData("narrow-columns-portrait")]
    [InlineData("wide-columns-landscape")]
    [InlineData("long-row-across-pages")]
    [InlineData("rows-of-three-cells")]
    [InlineData("owner-and-date-in-one-cell")]
    public void LibreOffice_makes_a_PDF_of_each_layout_on_its_page(string name)
    {
        var layout = WordPlanLayouts.Named(name);
        var info = Tools.Run("pdfinfo", pdfs.Pdf(layout), TimeSpan.FromMinutes(1)).Output;
        var size = PageSize().Match(info);
        Assert.True(size.Success, info);
        var (width, height) = (double.Parse(size.Groups["w"].Value, CultureInfo.InvariantCulture), double.Parse(size.Groups["h"].Value, CultureInfo.InvariantCulture));
        Assert.Equal(layout.Landscape, width > height);

        var pages = Pages(layout);
        Assert.Contains(pages, p => p.Contains("Rec No"));
        Assert.Contains("Total", pages[^1]);
    }

    [Fact]
    public void The_long_row_breaks_across_a_page()
    {
        var pages = Pages(WordPlanLayouts.LongRow);
        var first = Array.FindIndex(pages, p => p.Contains("short checklist"));
        var last = Array.FindIndex(pages, p => p.Contains("Report progress on all"));
        Assert.True(first >= 0 && last > first, $"the first action is on page {first + 1} and the last on page {last + 1}");
    }

    /// <summary>The PDF's text page by page, words in reading order.</summary>
    private string[] Pages(WordPlanLayout layout)
    {
        var (exit, text) = Tools.Run("pdftotext", $"{pdfs.Pdf(layout)} -", TimeSpan.FromMinutes(1));
        Assert.Equal(0, exit);
        return [.. text.TrimEnd('\f', '\n').Split('\f').Select(p => Spaces().Replace(p, " "))];
    }

    [GeneratedRegex(@"Page size:\s+(?<w>[0-9.]+) x (?<h>[0-9.]+) pts", RegexOptions.None, 1000)]
    private static partial Regex PageSize();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Spaces();
}
