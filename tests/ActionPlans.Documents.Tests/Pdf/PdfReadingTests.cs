using System.Text.Json.Nodes;
using ActionPlans.Documents.Pdf;
using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Publishing;
using ActionPlans.Documents.Reports;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Pdf;

/// <summary>
/// PDFs made from our own fixtures (by the service's PDF export, and by LibreOffice from Word) read to the same plan or
/// report as the text they were made from, through the same reader.
/// </summary>
public sealed class PdfReadingTests(ConvertedPdfs converted) : IClassFixture<ConvertedPdfs>
{
    /// <summary>What an import keeps of a plan: the recommendations, their responses, and each action with its owner and target.</summary>
    private static List<string> Shape(PlanReading plan) =>
    [
        $"{plan.Provider}|{plan.Submitted}|{plan.ReportPublished}",
        .. plan.Recommendations.Select(r => $"{r.Number}|{r.Text}|{r.Addressee}|{r.Repeated}|{r.Response}|"
            + string.Join(" / ", r.Actions.Select(a => $"{a.Text}~{a.Owner}~{a.Target}"))),
    ];

    private static PlanReading FromText(string path) => PlanReader.Read(Layouts.Read(path));

    /// <summary>
    /// The layouts whose PDFs keep what the text reader needs. The third (one row per action, bullets lost) has actions
    /// with neither owner nor date, which the written forms print as plain paragraphs: the text reader reads them as
    /// narrative, from a PDF as from any text without the bullets.
    /// </summary>
    public static TheoryData<int> PlansTheWriterPrintsWhole => [0, 2];

    [Theory]
    [MemberData(nameof(PlansTheWriterPrintsWhole))]
    public void A_plan_exported_by_the_service_as_PDF_reads_to_the_same_recommendations_responses_actions_owners_and_targets(int layout)
    {
        var text = FromText(Layouts.Plan(Copy.Own, layout));
        var pdf = PdfText.Read(PdfPlanWriter.Write(PublishedPlan.From(text)));

        var read = PlanReader.Read(pdf.Text);

        Assert.Equal(Shape(text), Shape(read));
        Assert.True(pdf.Pages > 2, "the plan runs over several pages, so rows and headings repeat across page breaks");
        Assert.DoesNotContain("Page 1 of", pdf.Text);
        Assert.Single(pdf.Text.Split('\n'), l => l.StartsWith("Rec No\tRecommendation", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PlansTheWriterPrintsWhole))]
    public void A_plan_exported_to_Word_and_converted_by_LibreOffice_reads_to_the_same_recommendations_responses_actions_owners_and_targets(int layout)
    {
        var text = FromText(Layouts.Plan(Copy.Own, layout));
        var pdf = PdfText.Read(converted.Plans[layout]);

        Assert.Equal(Shape(text), Shape(PlanReader.Read(pdf.Text)));
        Assert.True(pdf.Pages > 2);
    }

    [Fact]
    public void Each_line_of_the_text_knows_its_page()
    {
        var pdf = PdfText.Read(converted.Plans[0]);
        var lines = pdf.Text.Split('\n');

        Assert.Equal(1, pdf.PageOf(Array.FindIndex(lines, l => l.StartsWith("Action Plan Submitted", StringComparison.Ordinal)) + 1));
        Assert.Equal(pdf.Pages, pdf.PageOf(Array.FindIndex(lines, l => l.StartsWith("Total\t", StringComparison.Ordinal)) + 1));
        Assert.Equal(pdf.Pages, pdf.PageOf(lines.Length + 10));
    }

    [Fact]
    public void A_report_laid_out_in_Word_and_converted_by_LibreOffice_reads_as_its_text_does()
    {
        var text = new InspectionReportReader().Read(Layouts.Read(Layouts.Report(Copy.Own)));
        var pdf = PdfText.Read(converted.Report);

        Assert.True(InspectionReportReader.LooksLikeInspectionReport(pdf.Text));
        var read = new InspectionReportReader().Read(pdf.Text);

        Assert.Equal(Comparable(text), Comparable(read));
        Assert.Equal(10, read.Standards.Count);
        Assert.Contains(read.Standards.SelectMany(s => s.KeyQuestions), q => q.Current is not null);
        Assert.NotEmpty(read.Recommendations);
        Assert.NotEmpty(read.PreviousRecommendations);
        Assert.DoesNotContain(ReportDocx.Footer, pdf.Text);
    }

    /// <summary>The report as JSON without line numbers and warnings, which name lines of one text or the other.</summary>
    private static string Comparable(InspectionReport report) =>
        PdfSamples.Without(JsonNode.Parse(InspectionReportJson.Write(report with { Warnings = [] }))!, "line");
}
