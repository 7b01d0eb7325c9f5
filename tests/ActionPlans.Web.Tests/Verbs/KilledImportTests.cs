using System.Text.RegularExpressions;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Verbs;

/// <summary>
/// `import` killed with SIGKILL in the middle of 50 files, as a power cut or an impatient operator would: each
/// file is stored whole or not at all, and running it again stores the rest and says the stored ones are unchanged.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class KilledImportTests(ThrowawayPostgres postgres) : IDisposable
{
    private const int Files = 50;
    private const int Recommendations = 8;
    private const int ActionsEach = 3;
    private const string Headings = "1. Rec No\t2. Recommendation\t3. Agreed/ Partly Agreed/ Not Agreed\t4. Response Action Taken/Planned\t5. Responsible Owner\t6. Target Date";

    private static readonly string[] Topics =
        ["supervision records", "home visits", "risk reviews", "court reports", "staff induction", "case allocation", "partner referrals", "exit interviews"];

    private readonly string _folder = Directory.CreateTempSubdirectory("actionplans-killed-import-").FullName;

    private static string ProviderOf(int file) => $"Wexcombe District {file:00} Community Rehabilitation Company";

    /// <summary>A plan in the template's layout, in words written for this test, answering for its own provider.</summary>
    private string WritePlan(int file)
    {
        var rows = Enumerable.Range(1, Recommendations).Select(n =>
        {
            var topic = Topics[(n + file) % Topics.Length];
            var actions = string.Concat(Enumerable.Range(1, ActionsEach).Select(a => $"<p>• Step {a}: check {topic} in team {a + n}</p>"));
            return $"{n}\tKeep {topic} up to date for every case\tAgreed\t{actions}\tHead of Operations, team {n}\t{new DateOnly(2022, 1 + n % 12, 1):MMMM yyyy}";
        });
        var path = Path.Combine(_folder, $"plan-{file:00}.txt");
        File.WriteAllText(path, string.Join('\n',
        [
            "Action Plan Submitted: 3rd May 2021",
            "",
            $"A Response to the HMI Probation Inspection: Wexcombe District {file:00}",
            "Community Rehabilitation Company",
            "",
            "Report Published: 26th April 2021",
            "",
            Headings,
            .. rows,
        ]) + "\n");
        return path;
    }

    private sealed record Shape(int Inspections, int Plans, int Recommendations, int Actions, int Documents);

    private static readonly Shape Whole = new(1, 1, Recommendations, Recommendations * ActionsEach, 1);

    /// <summary>What the database holds for each provider the test's files name.</summary>
    private static async Task<Dictionary<string, Shape>> StoredAsync(TestDatabase database)
    {
        await using var db = database.Open("reader");
        var providers = await db.Organisations.Where(o => o.Name.StartsWith("Wexcombe District")).Select(o => new { o.Id, o.Name }).ToListAsync();
        var inspections = await db.Inspections.Select(i => new { i.Id, i.ProviderId }).ToListAsync();
        var plans = await db.Plans.Select(p => new { p.Id, p.InspectionId }).ToListAsync();
        var recommendations = (await db.Recommendations.Select(r => r.InspectionId).ToListAsync()).CountBy(id => id).ToDictionary();
        var actions = (await db.Actions.Join(db.Responses, a => a.ResponseId, r => r.Id, (a, r) => r.ActionPlanId).ToListAsync()).CountBy(id => id).ToDictionary();
        var documents = await db.ImportedDocuments.Where(d => d.PlanId != null).Select(d => d.PlanId!.Value).ToListAsync();
        return providers.ToDictionary(p => p.Name, p =>
        {
            var inspectionIds = inspections.Where(i => i.ProviderId == p.Id).Select(i => i.Id).ToList();
            var planIds = plans.Where(x => inspectionIds.Contains(x.InspectionId)).Select(x => x.Id).ToList();
            return new Shape(inspectionIds.Count, planIds.Count, inspectionIds.Sum(recommendations.GetValueOrDefault),
                planIds.Sum(actions.GetValueOrDefault), planIds.Count(documents.Contains));
        });
    }

    private static async Task<int> DocumentsAsync(TestDatabase database)
    {
        await using var db = database.Open("reader");
        return await db.ImportedDocuments.CountAsync();
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_killed_import_leaves_each_file_whole_or_absent_and_a_second_run_stores_the_rest(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var files = Enumerable.Range(1, Files).Select(WritePlan).ToArray();

        using (var first = ServiceProcess.Start(database.ServiceSettings, ["import", .. files]))
        {
            var output = first.StandardOutput.ReadToEndAsync();
            // The verb reports its progress on standard error ("plan-15.txt: 28%"); it is killed at the first
            // report from the middle of the run, while a file is being stored.
            var seen = new System.Text.StringBuilder();
            while (await first.StandardError.ReadLineAsync() is { } line && !Regex.IsMatch(line, @"^plan-\d+\.txt: [1-8]\d%$", RegexOptions.NonBacktracking))
                seen.AppendLine(line);
            Assert.False(first.HasExited, $"The import ended before it could be killed: {seen}");
            first.Kill(); // SIGKILL: nothing in the process runs after it, no transaction is finished or rolled back by it
            await first.WaitForExitAsync();
            await output;
        }

        var afterKill = await StoredAsync(database);
        Assert.InRange(afterKill.Count, 1, Files - 1);
        Assert.All(afterKill, stored => Assert.Equal((stored.Key, Whole), (stored.Key, stored.Value)));

        var second = await ServiceProcess.RunAsync(database.ServiceSettings, null, ["import", .. files]);
        Assert.True(second.ExitCode == 0, second.Error);
        for (var file = 1; file <= Files; file++)
        {
            var verdict = afterKill.ContainsKey(ProviderOf(file)) ? "already imported as plan" : "imported as plan";
            Assert.Contains($"{files[file - 1]}: {verdict}", second.Error);
        }
        Assert.Equal(afterKill.Count, second.Error.Split('\n').Count(line => line.Contains("nothing changed")));

        var afterSecond = await StoredAsync(database);
        Assert.Equal(Enumerable.Range(1, Files).Select(ProviderOf).Order(), afterSecond.Keys.Order());
        Assert.All(afterSecond, stored => Assert.Equal((stored.Key, Whole), (stored.Key, stored.Value)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
