using System.Net;
using System.Text.Json;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using AngleSharp.Html.Dom;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Insight;

/// <summary>
/// An inspector corrects the themes of the demo's recommendation 3 ("open a second reporting office", placed in Estates
/// and IT by its phrases): the change is audited and the counts of /insight and /api/insight/themes move; no one else may.
/// </summary>
public sealed class ThemeCorrectionTests(RunningService service) : IClassFixture<RunningService>
{
    private async Task<string> FormPathAsync()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        var inspection = await db.Plans.Where(p => p.Id == plan).Select(p => p.InspectionId).SingleAsync();
        return $"/inspections/{inspection}/recommendations/3/themes";
    }

    private async Task<Dictionary<string, int>> CountsAsync()
    {
        using var json = JsonDocument.Parse(await service.Client().GetStringAsync("/api/insight/themes"));
        return json.RootElement.GetProperty("themes").EnumerateArray()
            .ToDictionary(t => t.GetProperty("theme").GetString()!, t => t.GetProperty("recommendations").GetInt32());
    }

    private async Task<string> PageCountAsync(string theme)
    {
        var page = await service.Client().PageAsync("/insight");
        var row = page.QuerySelectorAll("#themes-by-theme-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == theme);
        return row.QuerySelector("td")!.TextContent.Trim();
    }

    private static List<string> Ticked(IHtmlDocument form) =>
        [.. form.QuerySelectorAll("input[name=Chosen][checked]").Select(b => form.QuerySelector($"label[for='{b.Id}']")!.TextContent.Trim())];

    /// <summary>The form as the page gives it, with these themes ticked (by name).</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, params string[] ticked)
    {
        var page = await client.PageAsync(path);
        var form = page.QuerySelector("main form[method=post]")!;
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!) };
        fields.AddRange(form.QuerySelectorAll("input[name=Shown]").Select(i => new KeyValuePair<string, string>("Shown", i.GetAttribute("value")!)));
        foreach (var box in form.QuerySelectorAll("input[name=Chosen]"))
        {
            var label = page.QuerySelector($"label[for='{box.Id}']")!.TextContent;
            if (ticked.Any(t => label.StartsWith(t, StringComparison.Ordinal))) fields.Add(new("Chosen", box.GetAttribute("value")!));
        }
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task An_inspector_moves_a_recommendation_between_themes_audited_and_the_counts_follow()
    {
        var path = await FormPathAsync();
        var before = await CountsAsync();
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");

        Assert.Equal(["Estates and IT (by its phrases)"], Ticked(await inspector.PageAsync(path)));

        var saved = await SendAsync(inspector, path, "Training");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith("/recommendations", saved.RedirectPath());

        var after = await CountsAsync();
        Assert.Equal(before["Training"] + 1, after["Training"]);
        Assert.Equal(before["Estates and IT"] - 1, after["Estates and IT"]);
        Assert.Equal((before["Training"] + 1).ToString(), await PageCountAsync("Training"));
        Assert.Equal(["Training (added by an inspector)"], Ticked(await inspector.PageAsync(path)));

        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        var audit = await db.AuditEntries.Where(a => a.Entity == "RecommendationTheme" && a.Actor == "inspector@demo.test").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.Contains(audit, a => a.Action == AuditAction.Added && a.Changes.Contains("\"Inspector\""));
        Assert.Contains(audit, a => a.Action == AuditAction.Modified && a.Changes.Contains("\"from\":\"Rule\",\"to\":\"Removed\""));
    }

    [Theory]
    [InlineData("coordinator@demo.test")]
    [InlineData("owner@demo.test")]
    [InlineData("admin@demo.test")]
    public async Task No_one_but_an_inspector_may_correct_themes(string account)
    {
        var path = await FormPathAsync();
        using var client = await service.SignedInClientAsync(account);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(path)).StatusCode);
        var token = Browserless.FormFields(await client.PageAsync("/sign-in"))["__RequestVerificationToken"];
        var refused = await client.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Shown", "8"), new("Chosen", "8")]));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await service.Client().GetAsync(path)).StatusCode);
    }
}
