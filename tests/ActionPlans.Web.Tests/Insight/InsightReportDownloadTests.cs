using System.Net;
using System.Text.Json;
using ActionPlans.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;

namespace ActionPlans.Web.Tests.Insight;

/// <summary>The insight report's downloads from /insight, for anyone, with the page's filters and the open data's figures.</summary>
public sealed class InsightReportDownloadTests(RunningService service) : IClassFixture<RunningService>
{
    [Fact]
    public async Task The_page_links_the_reports_of_its_filters()
    {
        using var client = service.Client();
        var page = await client.GetStringAsync("/insight?from=2019-01-01");
        Assert.Contains("href=\"/insight/report.docx?from=2019-01-01\"", page);
        Assert.Contains("href=\"/insight/report.pdf?from=2019-01-01\"", page);
    }

    [Fact]
    public async Task The_Word_report_has_every_section_with_pictures_and_the_open_datas_delivery_figures()
    {
        using var client = service.Client();
        var response = await client.GetAsync("/insight/report.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("insight-report.docx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Contains("Timeliness and delivery", headings);
        Assert.Contains("Ratings", headings);
        Assert.NotEmpty(document.MainDocumentPart.ImageParts);

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/insight/delivery"));
        var actions = json.RootElement.GetProperty("actions");
        var row = body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).Single(r => r[0] == "All actions");
        Assert.Equal([actions.GetProperty("deliveredOnTime").GetInt32().ToString(), actions.GetProperty("deliveredLate").GetInt32().ToString(), actions.GetProperty("overdue").GetInt32().ToString()],
            row[1..4]);
    }

    [Fact]
    public async Task The_PDF_report_is_a_PDF_with_pictures_and_a_wrong_filter_is_refused_naming_it()
    {
        using var client = service.Client();
        var response = await client.GetAsync("/insight/report.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using (var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync()))
        {
            Assert.Contains("Timeliness and delivery", string.Join("\n", pdf.GetPages().Select(p => p.Text)));
            Assert.NotEmpty(pdf.GetPages().SelectMany(p => p.GetImages()));
        }

        var refused = await client.GetAsync("/insight/report.pdf?from=someday");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("from", await refused.Content.ReadAsStringAsync());
    }
}
