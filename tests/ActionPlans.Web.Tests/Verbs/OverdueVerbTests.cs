using System.Text.Json;
using ActionPlans.Documents.Tests.Fixtures;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Verbs;

/// <summary>`overdue` on a plan whose first actions to fall due, recommendation 5's, are due by the end of July 2025, at dates around that day.</summary>
public sealed class OverdueVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actionplans-overdue-").FullName;

    private Dictionary<string, string> Settings => new() { ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(_folder, "db.sqlite")};Pooling=False" };

    private async Task<JsonElement> OverdueAsync(string date)
    {
        var outcome = await ServiceProcess.RunAsync(Settings, null, "overdue", "--as-of", date, "--json");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        return JsonDocument.Parse(outcome.Output).RootElement;
    }

    [Fact]
    public async Task Actions_become_overdue_the_day_after_they_are_due()
    {
        var imported = await ServiceProcess.RunAsync(Settings, null, "import", Layouts.PlanInHtmlCells(Copy.Own));
        Assert.True(imported.ExitCode == 0, imported.Error);

        Assert.Equal(0, (await OverdueAsync("2025-07-31")).GetArrayLength());

        var dayAfter = await OverdueAsync("2025-08-01");
        Assert.Equal(5, dayAfter.GetArrayLength());
        Assert.All(dayAfter.EnumerateArray(), a =>
        {
            Assert.Equal(5, a.GetProperty("recommendation").GetInt32());
            Assert.Equal("2025-07-31", a.GetProperty("due").GetString());
            Assert.Equal("Head of Operations, West", a.GetProperty("owner").GetString());
            Assert.Equal("Kestrel Vale Community Rehabilitation Company", a.GetProperty("provider").GetString());
            Assert.Equal(JsonValueKind.Number, a.GetProperty("plan").ValueKind);
        });

        var later = await OverdueAsync("2026-01-01");
        Assert.True(later.GetArrayLength() > 5);
        var dues = later.EnumerateArray().Select(a => a.GetProperty("due").GetString()).ToList();
        Assert.Equal(dues.Order(), dues);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_refused()
    {
        var outcome = await ServiceProcess.RunAsync(Settings, null, "overdue", "--as-of", "31/06/2020");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--as-of '31/06/2020' is not a date", outcome.Error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
