using System.Net;
using System.Text.RegularExpressions;
using ActionPlans.Documents.Publishing.Progress;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ActionPlans.Documents.Tests.Publishing;

/// <summary>The progress report's Word, PDF and HTML forms, read back by independent readers where there are any.</summary>
public class ProgressReportWriterTests
{
    private static readonly ProgressReport Report = DeliveredPlan.AsAt(2026, 3, 31) with
    {
        Publication = new ProgressReportPublication(new DateOnly(2026, 4, 2), "Iris Inspector"),
    };

    private static readonly string[] ActionTexts = [DeliveredPlan.Audit, DeliveredPlan.Training, DeliveredPlan.Caseload, DeliveredPlan.Sharing];

    [Fact]
    public void The_Word_document_is_valid_and_gives_each_action_with_its_state()
    {
        var docx = WordProgressReportWriter.Write(Report);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal("Progress report: Fenmoor and Dales CRC", document.PackageProperties.Title);
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Contains("Delivery as at 31 March 2026", body.InnerText);
        Assert.Contains("Published on 2 April 2026 by Iris Inspector.", body.InnerText);

        var rows = body.Elements<Table>().SelectMany(t => t.Elements<TableRow>()).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        foreach (var (text, state) in new[] { (DeliveredPlan.Audit, "Due soon (Amber)"), (DeliveredPlan.Training, "On track (Green)"), (DeliveredPlan.Caseload, "Completed on time (Green)"), (DeliveredPlan.Sharing, "Overdue (Red)") })
            Assert.Contains(rows, r => r[0] == text && r[3].StartsWith(state));
        Assert.Contains(rows, r => r[0].Contains("Brief teams <b>&amp;</b> \"partners\" 👍 on time") && r[3] == "No due date");

        var months = body.Elements<Table>().Single(t => t.InnerText.StartsWith("MonthPlanned"));
        Assert.Contains(body.Elements().TakeWhile(e => e != months).OfType<Paragraph>(), p => p.InnerText == "Actions planned and completed by month");
        Assert.Equal(["Dec 2025", "1", "1", "2", "1"], months.Elements<TableRow>().Single(r => r.InnerText.StartsWith("Dec 2025")).Elements<TableCell>().Select(c => c.InnerText));
        Assert.NotNull(months.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
    }

    [Fact]
    public void The_PDF_prints_the_figures_and_every_action_with_numbered_pages()
    {
        var folder = Directory.CreateTempSubdirectory("progress-pdf-");
        try
        {
            var path = Path.Combine(folder.FullName, "report.pdf");
            File.WriteAllBytes(path, PdfProgressReportWriter.Write(Report));
            var (exit, text) = Tools.Run("pdftotext", $"-layout {path} -", TimeSpan.FromMinutes(1));
            Assert.True(exit == 0, text);

            Assert.Contains("Progress report: Fenmoor and Dales CRC", text);
            Assert.Contains("Delivery as at 31 March 2026", text);
            Assert.Matches(@"Overdue\s+1\b", text);
            Assert.Matches(@"Total\s+5\b", text);
            Assert.Matches(@"Dec 2025\s+1\s+1\s+2\s+1\b", text);
            Assert.Matches(@"Jun 2026\s+1\s+0\s+3\s+1\b", text);
            foreach (var action in ActionTexts) Assert.Contains(action, text);
            Assert.Contains("Completed on time (Green)", text);
            Assert.Contains("Caseloads capped from 15 December.", text);
            Assert.Matches(@"Page 1 of \d", text);

            var (_, fonts) = Tools.Run("pdffonts", path, TimeSpan.FromMinutes(1));
            Assert.All(fonts.Split('\n').Skip(2).Where(l => l.Length > 0), f => Assert.Matches(@"TrueType\s+\S+\s+yes", f));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_HTML_document_has_the_chart_its_figures_and_each_action_encoded()
    {
        var html = HtmlProgressReportWriter.Write(Report);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Matches(@"<svg [^>]*role=""img""", html);
        Assert.Contains("Dec 2025: 1 planned, 1 completed", html);
        Assert.Matches(@"<th scope=""row"">Dec 2025</th><td>1</td><td>1</td><td>2</td><td>1</td>", html);
        foreach (var action in ActionTexts) Assert.Contains($"<th scope=\"row\"><p>{WebUtility.HtmlEncode(action)}</p></th>", html);
        Assert.Contains(WebUtility.HtmlEncode("Brief teams <b>&amp;</b> \"partners\" 👍 on time"), html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(4, Regex.Matches(html, "<h2>Recommendation ").Count);
    }
}
