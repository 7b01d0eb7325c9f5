using System.Text;
using System.Text.Json;
using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Publishing;
using ActionPlans.Documents.Tests.Fixtures;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Verbs;

/// <summary>`export` writes every format of a plan in each layout, and refuses what it cannot do, as a person runs it.</summary>
public sealed class ExportVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actionplans-export-").FullName;

    private Dictionary<string, string> Settings => new() { ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(_folder, "db.sqlite")};Pooling=False" };

    [Fact]
    public async Task Every_format_of_a_plan_in_each_layout_is_written_and_the_Word_file_reads_back_to_the_same_plan()
    {
        var imported = await ServiceProcess.RunAsync(Settings, null, ["import", .. Layouts.Plans(Copy.Own), "--json"]);
        Assert.True(imported.ExitCode == 0, imported.Error);
        var ids = JsonDocument.Parse(imported.Output).RootElement.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToList();

        foreach (var (id, source) in ids.Zip(Layouts.Plans(Copy.Own)))
        {
            var expected = PlanReader.Read(await File.ReadAllTextAsync(source));
            foreach (var format in new[] { "docx", "pdf", "html", "json", "csv" })
            {
                var file = Path.Combine(_folder, $"{id}.{format}");
                var outcome = await ServiceProcess.RunAsync(Settings, null, "export", id.ToString(), "--format", format, "-o", file);
                Assert.True(outcome.ExitCode == 0, outcome.Error);
                Assert.True(new FileInfo(file).Length > 500, $"{format} of plan {id} is too small");
            }

            await using (var docx = File.OpenRead(Path.Combine(_folder, $"{id}.docx")))
            {
                var back = WordPlanReader.Read(docx);
                Assert.Equal(expected.Recommendations.Select(r => (r.Number, r.Response, r.Actions.Count)), back.Recommendations.Select(r => (r.Number, r.Response, r.Actions.Count)));
                Assert.Equal(expected.Recommendations.SelectMany(r => r.Actions).Select(a => (a.Owner, a.Target)), back.Recommendations.SelectMany(r => r.Actions).Select(a => (a.Owner, a.Target)));
            }
            Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(await File.ReadAllBytesAsync(Path.Combine(_folder, $"{id}.pdf")), 0, 5));
            var html = await File.ReadAllTextAsync(Path.Combine(_folder, $"{id}.html"));
            Assert.Contains("<th scope=\"col\">Rec No</th>", html);
            Assert.DoesNotContain("<script", html);
            var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, $"{id}.json"))).RootElement;
            Assert.Equal(id, json.GetProperty("id").GetInt32());
            Assert.Equal(expected.Summary.Total, json.GetProperty("summary").GetProperty("total").GetInt32());
            Assert.StartsWith(string.Join(",", PlanCsv.Headings), await File.ReadAllTextAsync(Path.Combine(_folder, $"{id}.csv")));
        }
    }

    [Theory]
    [InlineData("999", "docx", "there is no plan 999")]
    [InlineData("1", "odt", "--format 'odt' is not one of docx, pdf, html, json, csv")]
    public async Task An_unknown_plan_or_format_is_refused_clearly_with_a_non_zero_exit(string id, string format, string words)
    {
        var outcome = await ServiceProcess.RunAsync(Settings, null, "export", id, "--format", format, "-o", Path.Combine(_folder, "out"));
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(words, outcome.Error);
        Assert.False(File.Exists(Path.Combine(_folder, "out")));
    }

    [Fact]
    public async Task A_progress_report_is_written_as_at_a_past_day_and_never_a_day_to_come()
    {
        var imported = await ServiceProcess.RunAsync(Settings, null, "import", Layouts.PlanInHtmlCells(Copy.Own), "--json");
        Assert.True(imported.ExitCode == 0, imported.Error);
        var id = JsonDocument.Parse(imported.Output).RootElement.GetProperty("id").GetInt32().ToString();
        var file = Path.Combine(_folder, "progress.docx");

        var written = await ServiceProcess.RunAsync(Settings, null, "export", id, "--progress-as-at", "2025-09-01", "--format", "docx", "-o", file);
        Assert.True(written.ExitCode == 0, written.Error);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(file, false))
        {
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Delivery as at 1 September 2025", text);
            Assert.Contains("Overdue (Red)", text);
        }

        var tomorrow = DateOnly.FromDateTime(DateTime.Today).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (day, format, words) in new[] { (tomorrow, "pdf", "cannot be as at a day after today"), ("2025-09-01", "csv", "is not one of docx, pdf, html, json for a progress report"), ("1 September 2025", "pdf", "is not a date like") })
        {
            var refused = await ServiceProcess.RunAsync(Settings, null, "export", id, "--progress-as-at", day, "--format", format, "-o", Path.Combine(_folder, "refused"));
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains(words, refused.Error);
            Assert.False(File.Exists(Path.Combine(_folder, "refused")));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
