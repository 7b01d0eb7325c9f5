using ActionPlans.Documents.Insight;
using ActionPlans.Web.Infrastructure.Hosting;

namespace ActionPlans.Web.Features.Insight;

/// <summary>
/// The insight report for the filters in the address, as Word (<c>/insight/report.docx</c>) or PDF (<c>/insight/report.pdf</c>):
/// every section of <see cref="InsightSections.All"/> with its charts and tables, read as the page reads them.
/// </summary>
public static class InsightReportDownload
{
    public const string WordRoute = "InsightReportWord", PdfRoute = "InsightReportPdf";

    public static IEndpointRouteBuilder MapInsightReport(this IEndpointRouteBuilder routes)
    {
        // Only published material is counted, so the report is everyone's, like the page.
        routes.MapGet("/insight/report.docx", (Func<HttpContext, Task<IResult>>)(http => DownloadAsync(http, WordInsightReportWriter.Write,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx")))
            .WithName(WordRoute).AllowAnonymous().ExcludeFromDescription();
        routes.MapGet("/insight/report.pdf", (Func<HttpContext, Task<IResult>>)(http => DownloadAsync(http, PdfInsightReportWriter.Write, "application/pdf", "pdf")))
            .WithName(PdfRoute).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    /// <summary>The report of the request's filters, or the 400 that names each filter that is wrong.</summary>
    private static async Task<IResult> DownloadAsync(HttpContext http, Func<InsightReport, byte[]> write, string type, string extension)
    {
        var (scope, refusal) = await InsightApi.ScopeOf(http);
        if (scope is null) return refusal!;
        var sections = await InsightSections.ReadAllAsync(http.RequestServices, scope, http.RequestAborted);
        var report = new InsightReport(scope.Filter.Words(), scope.Filter.Today,
            [.. sections.Select(s => new InsightReportSection(s.Section.Title, s.Section.Summary, s.Figures.Figures))]);
        return Results.File(write(report), type, $"insight-report.{extension}");
    }
}
