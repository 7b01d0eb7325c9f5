using System.Text.Json;
using ActionPlans.Documents.Tests.Fixtures;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Verbs;

/// <summary>`import` as a person runs it: files in, JSON out, a clear refusal for what is not a plan.</summary>
public sealed class ImportVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actionplans-import-").FullName;

    private Dictionary<string, string> Settings => new() { ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(_folder, "db.sqlite")};Pooling=False" };

    [Fact]
    public async Task Several_plans_print_one_json_document_with_their_ids_and_a_second_run_changes_nothing()
    {
        var first = await ServiceProcess.RunAsync(Settings, null, ["import", .. Layouts.Plans(Copy.Own), "--json"]);
        Assert.True(first.ExitCode == 0, first.Error);
        var plans = JsonDocument.Parse(first.Output).RootElement.GetProperty("plans");
        Assert.Equal(3, plans.GetArrayLength());
        Assert.All(plans.EnumerateArray(), p =>
        {
            Assert.Equal("action-plan", p.GetProperty("kind").GetString());
            Assert.Equal(JsonValueKind.Number, p.GetProperty("id").ValueKind);
            Assert.False(p.GetProperty("alreadyImported").GetBoolean());
        });
        Assert.Equal("2025-03-10", plans[0].GetProperty("reportPublished").GetString());
        Assert.Equal(5, plans[0].GetProperty("summary").GetProperty("agreed").GetInt32());

        var second = await ServiceProcess.RunAsync(Settings, null, ["import", Layouts.PlanInHtmlCells(Copy.Own), "--json"]);
        Assert.Equal(0, second.ExitCode);
        var again = JsonDocument.Parse(second.Output).RootElement;
        Assert.True(again.GetProperty("alreadyImported").GetBoolean());
        Assert.Equal(plans[0].GetProperty("id").GetInt32(), again.GetProperty("id").GetInt32());
        Assert.Contains("nothing changed", second.Error);
    }

    [Fact]
    public async Task A_report_is_told_from_a_plan_by_its_content_and_a_dry_run_prints_a_null_id()
    {
        var outcome = await ServiceProcess.RunAsync(Settings, null, "import", Layouts.Report(Copy.Own), "--json", "--dry-run");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var report = JsonDocument.Parse(outcome.Output).RootElement;
        Assert.Equal("inspection-report", report.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("id").ValueKind);
        Assert.Equal(13, report.GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task A_file_that_is_not_a_plan_is_refused_with_its_name_and_line_and_a_non_zero_exit()
    {
        var truncated = Path.Combine(_folder, "truncated-plan.txt");
        var lines = await File.ReadAllLinesAsync(Layouts.PlanInHtmlCells(Copy.Own));
        await File.WriteAllLinesAsync(truncated, lines.Take(20));
        var empty = Path.Combine(_folder, "empty.txt");
        await File.WriteAllTextAsync(empty, "");

        var outcome = await ServiceProcess.RunAsync(Settings, null, "import", truncated, empty, Layouts.PlanWithAddresseeHeaders(Copy.Own));
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("not imported: truncated-plan.txt", outcome.Error.Replace(_folder + "/", ""));
        Assert.Contains("not imported: empty.txt: The file is empty.", outcome.Error.Replace(_folder + "/", ""));
        Assert.Contains("imported as plan", outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Error);
    }

    [Fact]
    public async Task Hundreds_of_files_take_about_the_memory_of_a_few()
    {
        var files = Path.Combine(_folder, "many");
        Directory.CreateDirectory(files);
        var names = Enumerable.Range(1, 200).Select(i => Path.Combine(files, $"plan-{i:000}.txt")).ToList();
        foreach (var name in names) File.Copy(Layouts.PlanInHtmlCells(Copy.Own), name);
        // Workstation GC keeps the heap near what is alive, so the peak shows what the import holds on to.
        var settings = new Dictionary<string, string>(Settings) { ["DOTNET_gcServer"] = "0" };

        async Task<long> PeakAsync(IEnumerable<string> some)
        {
            var outcome = await ServiceProcess.RunAsync(settings, null, ["import", .. some, "--json"]);
            Assert.True(outcome.ExitCode == 0, outcome.Error);
            Assert.Equal(some.Count(), JsonDocument.Parse(outcome.Output).RootElement.GetProperty("plans").GetArrayLength());
            return outcome.PeakMemoryBytes;
        }

        var few = await PeakAsync(names.Take(20));
        var many = await PeakAsync(names);
        // Holding on to every file's document, reading and JSON grew the peak by about 25 MB for these 180 more files.
        Assert.True(many - few < 15 * 1024 * 1024, $"200 files peaked at {many / 1048576} MB, 20 files at {few / 1048576} MB");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
