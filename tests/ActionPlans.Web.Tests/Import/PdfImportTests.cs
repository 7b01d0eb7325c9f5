using System.Net;
using System.Text.Json.Nodes;
using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Publishing;
using ActionPlans.Documents.Tests.Fixtures;
using ActionPlans.Documents.Tests.Pdf;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Import;

/// <summary>
/// PDF plans through the running service: uploaded on /import and named to the import verb, read as their text is,
/// and refused in one line that names the file and the page.
/// </summary>
public sealed class PdfImportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actionplans-pdf-").FullName;

    private Dictionary<string, string> Settings => new() { ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(_folder, "db.sqlite")};Pooling=False" };

    /// <summary>The service's own PDF of our copy of the plan in HTML cells, written beside the test's database.</summary>
    private string PlanPdf()
    {
        var path = Path.Combine(_folder, "kestrel-vale-plan.pdf");
        File.WriteAllBytes(path, PdfPlanWriter.Write(PublishedPlan.From(PlanReader.Read(File.ReadAllText(Layouts.PlanInHtmlCells(Copy.Own))))));
        return path;
    }

    private string Pages(string name, params string?[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, PdfSamples.Pages(lines));
        return path;
    }

    private static async Task<IHtmlDocumentAndResponse> UploadAsync(HttpClient client, string path)
    {
        var token = (await client.PageAsync("/import")).QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(await File.ReadAllBytesAsync(path)), "Upload", Path.GetFileName(path) },
        };
        var response = await client.PostAsync("/import?handler=Read", form);
        return new IHtmlDocumentAndResponse(response, Browserless.Parse(await response.Content.ReadAsStringAsync()));
    }

    private sealed record IHtmlDocumentAndResponse(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page);

    [Fact]
    public async Task The_import_page_reads_a_PDF_plan_shows_it_and_saves_it_and_refuses_a_scan_naming_the_file_and_page()
    {
        await using var service = await ServiceProcess.StartAsync(Settings);
        using var client = service.Client();
        await client.SignInAsync("inspector@demo.test", DemoData.Password);
        Assert.Contains(".pdf", (await client.PageAsync("/import")).QuerySelector(".govuk-hint")?.TextContent ?? "");

        var read = await UploadAsync(client, PlanPdf());
        Assert.Equal(HttpStatusCode.OK, read.Response.StatusCode);
        Assert.Equal("", read.Page.QuerySelector(".govuk-error-summary")?.TextContent ?? "");
        Assert.Equal("kestrel-vale-plan.pdf", read.Page.QuerySelector(".govuk-caption-l")?.TextContent);
        Assert.Equal(8, read.Page.QuerySelectorAll(".app-reading").Length);
        Assert.Contains("Agreed 5, Partly Agreed 2, Not Agreed 1, Total 8", read.Page.QuerySelector(".govuk-summary-list")!.TextContent);

        var saved = await client.PostAsync("/import?handler=Save", new FormUrlEncodedContent(Browserless.FormFields(read.Page)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith("/plans/", saved.RedirectPath(), StringComparison.OrdinalIgnoreCase);

        var scan = await UploadAsync(client, Pages("scan.pdf", "Action Plan Submitted: 2 March 2026", null));
        var error = scan.Page.QuerySelector(".govuk-error-summary")?.TextContent ?? "";
        Assert.Contains("scan.pdf: Page 2 has no text layer: it is a scanned image", error);
        Assert.Null(scan.Page.QuerySelector("input[name=Carried]"));
    }

    [Fact]
    public async Task The_import_verb_reads_a_PDF_plan_as_its_text_and_refuses_a_PDF_that_is_no_plan_or_unpacks_too_far_naming_the_file()
    {
        var text = Layouts.PlanInHtmlCells(Copy.Own);

        var outcome = await ServiceProcess.RunAsync(Settings, null, "import", text, PlanPdf(), "--json", "--dry-run");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var plans = JsonNode.Parse(outcome.Output)!["plans"]!.AsArray();
        Assert.Equal(Recommendations(plans[0]!), Recommendations(plans[1]!));
        Assert.Contains("kestrel-vale-plan.pdf: read as plan", outcome.Error);

        var notes = Pages("notes.pdf", "Action Plan Submitted: 2 March 2026", "Minutes of the meeting");
        var refused = await ServiceProcess.RunAsync(Settings, null, "import", notes);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("not imported: notes.pdf, page 2, line 2: The text ends before the plan table", refused.Error.Replace(_folder + "/", ""));
        Assert.DoesNotContain("   at ", refused.Error);

        // A fifth of a megabyte that would unpack to 200 MB: refused before it is unpacked.
        var bomb = Path.Combine(_folder, "bomb.pdf");
        File.WriteAllBytes(bomb, PdfSamples.ContentBomb(200 * 1024 * 1024));
        var unpacked = await ServiceProcess.RunAsync(Settings, null, "import", bomb);
        Assert.Equal(1, unpacked.ExitCode);
        Assert.Contains("not imported: bomb.pdf: The PDF unpacks to more than 100 MB", unpacked.Error.Replace(_folder + "/", ""));
        Assert.DoesNotContain("   at ", unpacked.Error);
    }

    /// <summary>
    /// What was read of each recommendation: its text, addressee, response and actions with their owners and targets.
    /// Not the source lines, which differ between the text and the PDF, nor the response's narrative, whose paragraphs
    /// the service's PDF sets one under the other with no space between, so that a paragraph whose last line is full
    /// reads on into the next.
    /// </summary>
    private static string Recommendations(JsonNode plan) => PdfSamples.Without(plan["recommendations"]!, "line", "responseText");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
