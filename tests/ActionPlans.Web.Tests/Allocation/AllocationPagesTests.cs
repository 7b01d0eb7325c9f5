using System.Net;
using ActionPlans.Core.Allocation;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Allocation;

/// <summary>The allocation check and the guidance pages, as an inspector uses them with plain HTTP (no JavaScript).</summary>
public sealed class AllocationPagesTests(RunningService service) : IClassFixture<RunningService>
{
    [Fact]
    public async Task A_case_is_checked_in_two_steps_with_the_flags_of_the_providers_guidance()
    {
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var start = await inspector.PageAsync("/allocation");
        Assert.Contains("Northumbria CRC", start.QuerySelectorAll("select[name=Provider] option").Select(o => o.TextContent));

        var second = await inspector.PageAsync("/allocation?Provider=Northumbria+Community+Rehabilitation+Company&On.Day=16&On.Month=9&On.Year=2019");
        var flags = second.QuerySelectorAll("input[name=Flags]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["iom", "sex-offence-current", "sex-offence-historic", "child-protection-plan", "child-concern", "prevent", "domestic-abuse", "hate-crime",
            "complex-mental-health", "mhtr", "drr", "atr", "aces", "serious-organised-crime"], flags);
        Assert.Equal(["low", "medium"], second.QuerySelectorAll("input[name=Rosh]").Select(i => i.GetAttribute("value")));

        var answer = await inspector.PageAsync("/allocation?Provider=Northumbria+CRC&On.Day=16&On.Month=9&On.Year=2019&Check=true&Ogrs=60&Rosh=low&Flags=drr&Flags=domestic-abuse");
        Assert.Equal("Yellow", answer.QuerySelector("#answer .govuk-panel__title")!.TextContent.Trim());
        var summary = answer.QuerySelector("main .govuk-summary-list")!.TextContent;
        Assert.Contains("Matrix: high risk of reoffending, low risk of serious harm", summary);
        Assert.Contains("Consider Blue: domestic abuse", summary);
        Assert.Contains("Held by a PSO or a PO", answer.QuerySelector("#answer")!.TextContent);
        // The form keeps what was entered, so the next case starts from it.
        Assert.Equal(["domestic-abuse", "drr"], answer.QuerySelectorAll("input[name=Flags][checked]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task Bad_values_are_shown_beside_their_fields()
    {
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var page = await inspector.PageAsync("/allocation?Provider=Northumbria+CRC&Check=true&Ogrs=120&Rosh=low");
        Assert.Null(page.QuerySelector("#answer"));
        Assert.Contains("120 is not", page.QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Contains("120 is not", page.QuerySelector("#Ogrs-error")!.TextContent);

        var unknown = await inspector.PageAsync("/allocation?Provider=Nowhere+CRC");
        Assert.Contains("There is no allocation guidance for the provider 'Nowhere CRC'", unknown.QuerySelector("#Provider-error")!.TextContent);

        var flag = await inspector.PageAsync("/allocation?Provider=Northumbria+CRC&Check=true&Ogrs=20&Rosh=low&Flags=arson");
        Assert.Contains("'arson'", flag.QuerySelector(".govuk-error-summary")!.TextContent);
    }

    [Fact]
    public async Task An_inspector_adds_a_guidance_which_then_answers_and_is_audited_and_a_bad_one_is_refused_naming_where()
    {
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var bad = KestrelValeGuidance.Json.Replace("\"medium\": \"Tier 3\" },\n    \"veryHigh\"", "\"medium\": \"Tier 9\" },\n    \"veryHigh\"");
        Assert.NotEqual(KestrelValeGuidance.Json, bad);
        var refused = await inspector.SubmitAsync("/allocation/guidances/edit", new Dictionary<string, string> { ["Json"] = bad });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = Browserless.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("$.matrix.high.medium: 'Tier 9' is not one of the guidance's bands", page.QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Equal(bad, page.QuerySelector("textarea[name=Json]")!.TextContent.TrimStart('\n'));

        var saved = await inspector.SubmitAsync("/allocation/guidances/edit", new Dictionary<string, string> { ["Json"] = KestrelValeGuidance.Json });
        Assert.Equal("/allocation/guidances", saved.RedirectPath());
        var list = await inspector.PageAsync("/allocation/guidances");
        Assert.Contains("Kestrel Vale CRC", list.QuerySelector("main table")!.TextContent);

        var answer = await inspector.PageAsync("/allocation?Provider=Kestrel+Vale+CRC&On.Day=1&On.Month=6&On.Year=2020&Check=true&Ogrs=70&Rosh=medium");
        Assert.Equal("Tier 3", answer.QuerySelector("#answer .govuk-panel__title")!.TextContent.Trim());

        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        var text = await db.AllocationGuidances.SingleAsync(g => g.Provider == "Kestrel Vale CRC");
        var added = await db.AuditEntries.SingleAsync(a => a.Entity == nameof(AllocationGuidanceText) && a.EntityId == text.Id.ToString());
        Assert.Equal("inspector@demo.test", added.Actor);
        Assert.Contains("Kestrel Vale CRC", added.Changes);

        // Changing it: the page shows what is stored, and a second guidance on the same days is refused.
        var edit = await inspector.PageAsync($"/allocation/guidances/edit/{text.Id}");
        Assert.Equal(KestrelValeGuidance.Json, edit.QuerySelector("textarea[name=Json]")!.TextContent.TrimStart('\n'));
        var twice = await inspector.SubmitAsync("/allocation/guidances/edit", new Dictionary<string, string> { ["Json"] = KestrelValeGuidance.Json.Replace("2020-04-01", "2021-01-01") });
        Assert.Contains("another stored guidance of Kestrel Vale CRC", Browserless.Parse(await twice.Content.ReadAsStringAsync()).QuerySelector(".govuk-error-summary")!.TextContent);
        var changed = await inspector.SubmitAsync($"/allocation/guidances/edit/{text.Id}", new Dictionary<string, string> { ["Json"] = KestrelValeGuidance.Json.Replace("2021-03-31", "2022-03-31"), ["Version"] = edit.QuerySelector("input[name=Version]")!.GetAttribute("value")! });
        Assert.Equal("/allocation/guidances", changed.RedirectPath());
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == nameof(AllocationGuidanceText) && a.EntityId == text.Id.ToString() && a.Changes.Contains("2022-03-31")));
    }
}
