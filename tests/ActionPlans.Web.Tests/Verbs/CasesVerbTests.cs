using System.Text.Json;
using ActionPlans.Documents.Tests.Fixtures;
using ActionPlans.Web.Tests.Cases;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Verbs;

/// <summary>`cases import`, `cases figures` and `cases sample-size` as a person runs them.</summary>
public sealed class CasesVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actionplans-cases-").FullName;

    private Dictionary<string, string> Settings => new() { ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(_folder, "db.sqlite")};Pooling=False" };

    private async Task<string> FileAsync(string name, string csv)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllTextAsync(path, csv);
        return path;
    }

    /// <summary>An inspection in the database: the project's own report, imported.</summary>
    private async Task<string> InspectionAsync()
    {
        var imported = await ServiceProcess.RunAsync(Settings, null, "import", Layouts.Report(Copy.Own), "--json");
        Assert.True(imported.ExitCode == 0, imported.Error);
        return JsonDocument.Parse(imported.Output).RootElement.GetProperty("id").GetInt32().ToString();
    }

    [Fact]
    public async Task Import_then_figures_print_each_key_question_and_prompt_in_the_agreed_shape()
    {
        var inspection = await InspectionAsync();
        var imported = await ServiceProcess.RunAsync(Settings, null, "cases", "import", "--inspection", inspection, await FileAsync("sample.csv", CaseCsv.Good));
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("5 case(s) imported", imported.Output);

        var outcome = await ServiceProcess.RunAsync(Settings, null, "cases", "figures", "--inspection", inspection, "--json");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var root = JsonDocument.Parse(outcome.Output).RootElement;
        var keyQuestions = root.GetProperty("keyQuestions").EnumerateArray().ToList();
        Assert.Equal("2.1.1", keyQuestions[0].GetProperty("id").GetString());
        Assert.Equal(["id", "yes", "applicable", "percent", "margin"], keyQuestions[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal((3, 4, 75m, 27.7m), (keyQuestions[0].GetProperty("yes").GetInt32(), keyQuestions[0].GetProperty("applicable").GetInt32(),
            keyQuestions[0].GetProperty("percent").GetDecimal(), keyQuestions[0].GetProperty("margin").GetDecimal()));
        var unpaid = keyQuestions.Single(k => k.GetProperty("id").GetString() == "4.1.1");
        Assert.Equal((1, 1, 100m, 0m), (unpaid.GetProperty("yes").GetInt32(), unpaid.GetProperty("applicable").GetInt32(), unpaid.GetProperty("percent").GetDecimal(), unpaid.GetProperty("margin").GetDecimal()));
        var none = keyQuestions.Single(k => k.GetProperty("id").GetString() == "4.2.1");
        Assert.Equal(JsonValueKind.Null, none.GetProperty("percent").ValueKind);
        // Every case-sample key question, none of the judgements or qualitative ones.
        Assert.Equal(18, keyQuestions.Count);
        var prompt = root.GetProperty("prompts").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "2.1.1a");
        Assert.Equal((1, 2, 50m), (prompt.GetProperty("yes").GetInt32(), prompt.GetProperty("applicable").GetInt32(), prompt.GetProperty("percent").GetDecimal()));
        var pso = root.GetProperty("subSamples").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "PSO cases");
        Assert.Equal(2, pso.GetProperty("cases").GetInt32());
    }

    [Fact]
    public async Task A_bad_file_is_refused_line_by_line_and_column_by_column_and_nothing_is_stored()
    {
        var inspection = await InspectionAsync();
        Assert.Equal(0, (await ServiceProcess.RunAsync(Settings, null, "cases", "import", "--inspection", inspection, await FileAsync("good.csv", CaseCsv.Good))).ExitCode);

        var outcome = await ServiceProcess.RunAsync(Settings, null, "cases", "import", "--inspection", inspection, await FileAsync("bad.csv", CaseCsv.Bad));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("bad.csv, line 1, column 6 (7.7.7): '7.7.7' is not a key question or prompt", outcome.Error);
        Assert.Contains("bad.csv, line 1, column 7 (Surname)", outcome.Error);
        Assert.Contains("bad.csv, line 2, column 1 (reference): 'Ann Example' looks like a person's name", outcome.Error);
        Assert.Contains("bad.csv, line 3, column 2 (kind)", outcome.Error);
        Assert.Contains("bad.csv, line 5, column 5 (2.1.1): 2.1.1 is not asked of unpaid work cases", outcome.Error);
        Assert.Contains("nothing imported: 9 problem(s)", outcome.Error);
        var figures = JsonDocument.Parse((await ServiceProcess.RunAsync(Settings, null, "cases", "figures", "--inspection", inspection, "--json")).Output).RootElement;
        Assert.Equal(4, figures.GetProperty("keyQuestions")[0].GetProperty("applicable").GetInt32());
    }

    [Fact]
    public async Task A_file_over_the_limit_or_an_unknown_inspection_is_refused()
    {
        var inspection = await InspectionAsync();
        var large = await FileAsync("large.csv", "reference,kind,grade,harm\n" + new string(',', 2 * 1024 * 1024));
        var outcome = await ServiceProcess.RunAsync(Settings, null, "cases", "import", "--inspection", inspection, large);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("large.csv is larger than 2 MB", outcome.Error);

        var unknown = await ServiceProcess.RunAsync(Settings, null, "cases", "figures", "--inspection", "999", "--json");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("there is no inspection 999", unknown.Error);
    }

    [Theory]
    [InlineData("1200", "145")]
    [InlineData("1", "1")]
    [InlineData("100", "63")]
    public async Task The_sample_size_is_printed_for_a_population(string population, string size)
    {
        var outcome = await ServiceProcess.RunAsync(Settings, null, "cases", "sample-size", "--population", population);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Equal(size, outcome.Output.Trim());
    }

    [Theory]
    [InlineData("0", "1 or more, not 0")]
    [InlineData("-3", "1 or more, not -3")]
    [InlineData("many", "'many'")]
    public async Task A_population_that_is_not_a_number_of_cases_is_refused_with_exit_code_2(string population, string message)
    {
        var outcome = await ServiceProcess.RunAsync(Settings, null, "cases", "sample-size", "--population", population);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Error);
        Assert.Empty(outcome.Output);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
