using System.Diagnostics;
using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Publishing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Publishing;

public class WordPlanWriterTests
{
    private static void AssertValid(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.EachPlan), MemberType = typeof(Layouts))]
    public void Plans_read_from_each_layout_make_valid_documents(Copy copy, int layout)
    {
        var docx = WordPlanWriter.Write(PublishedPlan.From(PlanReader.Read(Layouts.Read(Layouts.Plan(copy, layout)))));
        AssertValid(docx);
    }

    [Fact]
    public void Awkward_text_makes_a_valid_document_that_keeps_what_XML_allows()
    {
        var docx = WordPlanWriter.Write(UnusualPlans.Awkward);
        AssertValid(docx);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains(UnusualPlans.Script, text);
        Assert.Contains(UnusualPlans.Hebrew, text);
        Assert.Contains(UnusualPlans.Emoji, text);
        Assert.Contains(UnusualPlans.LongWord, text);
        Assert.Contains("bell null escape form lone end", text);
    }

    [Fact]
    public void Layout_is_landscape_A4_with_the_plan_heading_repeated_on_every_page()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(WordPlanWriter.Write(UnusualPlans.Ordinary)), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var page = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal((16838u, 11906u, PageOrientationValues.Landscape), (page.Width!.Value, page.Height!.Value, page.Orient!.Value));

        var plan = body.Elements<Table>().Single(t => t.InnerText.StartsWith("Rec No"));
        var heading = plan.Elements<TableRow>().First();
        Assert.NotNull(heading.TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(PlanTerms.ColumnHeadings, heading.Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal("Action plan: Fenmoor and Dales CRC", document.PackageProperties.Title);
    }

    [Fact]
    public void Each_action_has_its_own_row_with_its_owner_and_target_beside_it()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(WordPlanWriter.Write(UnusualPlans.Ordinary)), false);
        var plan = document.MainDocumentPart!.Document!.Body!.Elements<Table>().Single(t => t.InnerText.StartsWith("Rec No"));
        var rows = plan.Elements<TableRow>().Skip(1)
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();

        Assert.Equal(["1", "Improve the quality of risk assessments.", "Agreed", "Managers will audit a sample of cases each month.", "", ""], rows[0]);
        Assert.Equal(["", "", "", "a) Train every officer in risk assessment.", "Head of Learning", "June 2026"], rows[1]);
        Assert.Equal(["", "", "", "b) Audit ten cases a month.• Report the findings to the board", "Quality Lead", "Monthly from April 2026"], rows[2]);
        Assert.Equal(["Her Majesty's Prison and Probation Service should:"], rows[3]);
        Assert.Equal("Not Agreed", rows[^1][2]);
        Assert.Equal("Reasons: Commissioning: estates are set nationally.", rows[^1][3]);
    }

    /// <summary>LibreOffice is a required test tool (apt-get install libreoffice-writer-nogui): a second, independent reader of the file.</summary>
    [Fact]
    public void LibreOffice_converts_the_document_to_PDF()
    {
        var folder = Directory.CreateTempSubdirectory("plan-docx-");
        try
        {
            var docx = Path.Combine(folder.FullName, "plan.docx");
            File.WriteAllBytes(docx, WordPlanWriter.Write(PublishedPlan.From(PlanReader.Read(Layouts.Read(Layouts.PlanInHtmlCells(Copy.Own))))));
            var pdf = Tools.ConvertToPdf(folder.FullName, [docx]).Single();
            Assert.Contains("Rec No", Tools.Run("pdftotext", $"{pdf} -", TimeSpan.FromMinutes(1)).Output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
