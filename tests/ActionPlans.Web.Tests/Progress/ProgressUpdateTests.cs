using System.Net;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ActionPlans.Web.Tests.Progress.ProgressForms;

namespace ActionPlans.Web.Tests.Progress;

/// <summary>Recording updates on the demo's published plan, and the refusals that leave the record as it was.</summary>
public sealed class ProgressUpdateTests(RunningService service) : IClassFixture<RunningService>
{
    private const string Audit = "Audit 40 cases each quarter";
    private const string Training = "Run a half-day refresher";
    private const string OversightCheck = "Add a management oversight check";
    private const string Caseload = "Cap each senior practitioner";

    [Fact]
    public async Task The_assigned_owner_records_an_update_and_it_heads_the_history_and_is_audited()
    {
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        var path = await service.PathOfAsync(Audit);

        var sent = await owner.SendAsync(path, "Update", Update("InProgress", Today, "Second quarterly audit: 37 of 40 reviews on time."));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(path, sent.RedirectPath());
        var page = await owner.PageAsync(path);
        var newest = page.QuerySelector(".app-update")!;
        Assert.Contains("Second quarterly audit: 37 of 40 reviews on time.", newest.TextContent);
        Assert.Contains("In progress", newest.QuerySelector(".app-update__status")!.TextContent);
        Assert.Contains("Olive Owner", newest.TextContent);
        Assert.Contains("First quarterly audit", page.QuerySelectorAll(".app-update")[1].TextContent);

        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a is { Entity: "ProgressUpdate", Action: AuditAction.Added, Actor: "owner@demo.test" });
    }

    [Fact]
    public async Task A_completion_without_its_date_is_refused_beside_the_field_and_nothing_is_stored()
    {
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        var path = await service.PathOfAsync(OversightCheck);
        var before = await service.CountsAsync();

        var refused = await PageOfAsync(await owner.SendAsync(path, "Update", Update("Completed", Today, "Check added to the tool.")));

        Assert.Equal(["A completed action needs the date it was completed."], Errors(refused));
        Assert.Equal("A completed action needs the date it was completed.", FieldError(refused, "CompletedOn"));
        Assert.Equal("Check added to the tool.", refused.GetElementById("Narrative")!.TextContent);
        Assert.Equal(before, await service.CountsAsync());
    }

    [Fact]
    public async Task An_update_dated_tomorrow_is_refused_with_the_domains_message_and_nothing_is_stored()
    {
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        var path = await service.PathOfAsync(Training);
        var before = await service.CountsAsync();

        var refused = await PageOfAsync(await owner.SendAsync(path, "Update", Update("InProgress", Today.AddDays(1), "All teams trained.")));

        var message = $"An update cannot be dated after today ({Today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}).";
        Assert.Equal([message], Errors(refused));
        Assert.Equal(message, FieldError(refused, "On"));
        Assert.Equal(before, await service.CountsAsync());
    }

    [Fact]
    public async Task An_update_without_a_status_or_a_real_date_names_both_fields()
    {
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        var path = await service.PathOfAsync(Training);
        var before = await service.CountsAsync();
        var fields = Update("", Today, "All teams trained.");
        fields["On.Day"] = "31";
        fields["On.Month"] = "2";

        var refused = await PageOfAsync(await owner.SendAsync(path, "Update", fields));

        Assert.Equal(["Select the status of the action", "The date of the update must be a real date"], Errors(refused).Order());
        Assert.Equal("Select the status of the action", FieldError(refused, "Status"));
        Assert.Equal(before, await service.CountsAsync());
    }

    [Fact]
    public async Task An_update_on_a_completed_action_is_refused_and_the_page_offers_no_update_form()
    {
        using var coordinator = await service.SignedInClientAsync("coordinator@demo.test");
        var path = await service.PathOfAsync(Caseload);
        var page = await coordinator.PageAsync(path);
        Assert.Equal("This action is completed, so it takes no more updates.", page.QuerySelector(".app-closed")!.TextContent.Trim());
        Assert.Null(page.QuerySelector(".app-update-form"));
        var before = await service.CountsAsync();

        var refused = await PageOfAsync(await coordinator.SendAsync(path, "Update", Update("InProgress", Today, "Caseloads reviewed again.")));

        Assert.Equal(["This action is completed, so it takes no more updates."], Errors(refused));
        Assert.Equal(before, await service.CountsAsync());
    }

    [Fact]
    public async Task A_form_made_before_someone_elses_update_is_refused_with_a_clear_message_and_only_the_first_is_kept()
    {
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        using var coordinator = await service.SignedInClientAsync("coordinator@demo.test");
        var path = await service.PathOfAsync(Training);
        var stale = (await owner.PageAsync(path)).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var before = await service.CountsAsync();

        var first = await coordinator.SendAsync(path, "Update", Update("InProgress", Today, "Twelve of fourteen teams trained."));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = Update("InProgress", Today, "Thirteen of fourteen teams trained.");
        second["Version"] = stale;
        var refused = await PageOfAsync(await owner.SendAsync(path, "Update", second));

        Assert.Contains("Someone else changed this action while you were working", Assert.Single(Errors(refused)));
        Assert.Contains("Twelve of fourteen teams trained.", refused.QuerySelector(".app-update")!.TextContent);
        Assert.Equal(before.Updates + 1, (await service.CountsAsync()).Updates);
        // The refused page carries the version as it now is, so sending again works.
        second["Version"] = refused.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SendAsync(path, "Update", second)).StatusCode);
    }
}
