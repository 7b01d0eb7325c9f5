using System.Text.Json;
using ActionPlans.Core.Allocation;
using ActionPlans.Web.Tests.Allocation;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Verbs;

/// <summary>`allocation band`: the shipped guidance on an empty database, a stored one, and each refusal with its exit code.</summary>
public sealed class AllocationVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actionplans-allocation-").FullName;

    private Dictionary<string, string> Settings => new() { ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(_folder, "db.sqlite")};Pooling=False" };

    private Task<ServiceProcess.Outcome> RunAsync(params string[] args) => ServiceProcess.RunAsync(Settings, null, ["allocation", "band", .. args]);

    [Fact]
    public async Task Json_names_the_band_the_rule_the_notes_and_the_grade_from_the_shipped_guidance_of_a_provider_not_in_the_database()
    {
        var outcome = await RunAsync("--provider", "Northumbria Community Rehabilitation Company", "--ogrs", "40", "--rosh", "low", "--flag", "domestic-abuse", "--flag", "sex-offence-current", "--json");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var answer = JsonDocument.Parse(outcome.Output).RootElement;
        Assert.Equal(["band", "rule", "consider", "grade"], answer.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Blue", answer.GetProperty("band").GetString());
        Assert.Equal("Automatic Blue: a sexual offence, now or in the past", answer.GetProperty("rule").GetString());
        Assert.Equal(JsonValueKind.Array, answer.GetProperty("consider").ValueKind);
        Assert.Empty(answer.GetProperty("consider").EnumerateArray());
        Assert.Equal("PO", answer.GetProperty("grade").GetString());
    }

    [Fact]
    public async Task Without_json_it_prints_a_sentence_and_the_notes()
    {
        var outcome = await RunAsync("--provider", "Northumbria CRC", "--ogrs", "50", "--rosh", "low", "--flag", "hate-crime", "--on", "2019-09-16");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var lines = outcome.Output.TrimEnd().Split('\n');
        Assert.Equal("Yellow, by the rule \"Matrix: high risk of reoffending, low risk of serious harm\", held by a PSO or a PO, under Northumbria CRC's guidance of 2019-07-01 onwards.", lines[0]);
        Assert.Equal("Consider Blue: hate crime", lines[1]);
        Assert.StartsWith("Consider a PO: hate crime:", lines[2]);
    }

    [Theory]
    [InlineData("--ogrs: An OGRS 3 score is from 0 to 100; 101 is not.", "--provider", "Northumbria CRC", "--ogrs", "101", "--rosh", "low")]
    [InlineData("--ogrs: An OGRS 3 score is a whole number from 0 to 100; 'ten' is not.", "--provider", "Northumbria CRC", "--ogrs", "ten", "--rosh", "low")]
    [InlineData("--rosh: The risk of serious harm is low or medium; 'high' is not one of them.", "--provider", "Northumbria CRC", "--ogrs", "10", "--rosh", "high")]
    [InlineData("--flag: The flag 'arson' is not in Northumbria CRC's guidance", "--provider", "Northumbria CRC", "--ogrs", "10", "--rosh", "low", "--flag", "arson")]
    [InlineData("--provider: There is no allocation guidance for the provider 'Fenmoor and Dales CRC'.", "--provider", "Fenmoor and Dales CRC", "--ogrs", "10", "--rosh", "low")]
    [InlineData("--provider: No allocation guidance of Northumbria CRC covers 2019-06-30", "--provider", "Northumbria CRC", "--ogrs", "10", "--rosh", "low", "--on", "2019-06-30")]
    [InlineData("--on: '30/06/2019' is not a date", "--provider", "Northumbria CRC", "--ogrs", "10", "--rosh", "low", "--on", "30/06/2019")]
    public async Task A_bad_value_is_refused_on_one_line_naming_it_with_exit_code_2(string message, params string[] args)
    {
        var outcome = await RunAsync(args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Output);
        Assert.Single(outcome.Error.TrimEnd().Split('\n'));
        Assert.Contains($"actionplans allocation band: {message}", outcome.Error);
    }

    [Fact]
    public async Task A_guidance_stored_in_the_database_answers_for_its_provider_and_days()
    {
        var created = await RunAsync("--provider", "Northumbria CRC", "--ogrs", "10", "--rosh", "low");
        Assert.True(created.ExitCode == 0, created.Error);
        var options = new DbContextOptionsBuilder<SqliteActionPlansDb>().UseSqlite(Settings["ConnectionStrings__Default"]).Options;
        await using (var db = new SqliteActionPlansDb(options, new NamedAuditActor("inspector@test")))
        {
            db.AllocationGuidances.Add(new AllocationGuidanceText(KestrelValeGuidance.Json));
            await db.SaveChangesAsync();
        }
        var outcome = await RunAsync("--provider", "Kestrel Vale Community Rehabilitation Company", "--ogrs", "95", "--rosh", "low", "--flag", "gang", "--on", "2020-06-01", "--json");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Equal("{\"band\":\"Tier 3\",\"rule\":\"Automatic Tier 3: gang affiliation\",\"consider\":[],\"grade\":\"PO\"}", outcome.Output.Trim());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
