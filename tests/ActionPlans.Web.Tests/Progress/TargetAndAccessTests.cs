using System.Net;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ActionPlans.Web.Tests.Progress.ProgressForms;

namespace ActionPlans.Web.Tests.Progress;

/// <summary>Revising targets, assigning actions, and who may open an action's progress page.</summary>
public sealed class TargetAndAccessTests(RunningService service) : IClassFixture<RunningService>
{
    private const string Training = "Run a half-day refresher";
    private const string OversightCheck = "Add a management oversight check";
    private const string Caseload = "Cap each senior practitioner";
    private const string Sharing = "Send a weekly list of planned releases";

    [Fact]
    public async Task A_revision_needs_a_reason_and_once_made_the_agreed_target_and_the_revision_both_show()
    {
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        var path = await service.PathOfAsync(OversightCheck);
        var before = await service.CountsAsync();

        var refused = await PageOfAsync(await owner.SendAsync(path, "Revise", new Dictionary<string, string> { ["NewTarget"] = "March 2027", ["Reason"] = " " }));

        Assert.Equal(["A revised target needs a reason."], Errors(refused));
        Assert.Equal("A revised target needs a reason.", FieldError(refused, "Reason"));
        Assert.Equal("March 2027", refused.GetElementById("NewTarget")!.GetAttribute("value"));
        Assert.Equal(before, await service.CountsAsync());

        var revised = await owner.SendAsync(path, "Revise", new Dictionary<string, string> { ["NewTarget"] = "March 2027", ["Reason"] = "The audit tool is being replaced in January." });

        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);
        var page = await owner.PageAsync(path);
        Assert.Equal("January 2026 (due 31 January 2026)", page.QuerySelector(".app-agreed-target")!.TextContent);
        Assert.Equal("March 2027 (due 31 March 2027)", page.QuerySelector(".app-current-target")!.TextContent);
        var row = page.QuerySelectorAll(".app-revisions tbody tr").Single().QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Equal([Tags(Today), "January 2026 (due 31 January 2026)", "March 2027 (due 31 March 2027)", "The audit tool is being replaced in January.", "Olive Owner"], row);
        Assert.NotEqual("Overdue", page.QuerySelector(".app-state")!.TextContent);
    }

    [Fact]
    public async Task A_target_that_names_no_date_is_refused_beside_the_target_field()
    {
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        var path = await service.PathOfAsync(Training);
        var before = await service.CountsAsync();

        var refused = await PageOfAsync(await owner.SendAsync(path, "Revise", new Dictionary<string, string> { ["NewTarget"] = "When the trainers are back", ["Reason"] = "Trainers left." }));

        Assert.Equal("A revised target needs a date to deliver by.", FieldError(refused, "NewTarget"));
        Assert.Equal(before, await service.CountsAsync());
    }

    [Theory]
    [InlineData("owner@demo.test", Caseload)]
    [InlineData("midshire.coordinator@demo.test", Training)]
    public async Task An_unassigned_owner_and_another_organisations_coordinator_are_refused(string email, string action)
    {
        using var client = await service.SignedInClientAsync(email);
        var path = await service.PathOfAsync(action);
        var before = await service.CountsAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(path)).StatusCode);
        var token = (await client.PageAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var posted = await client.PostAsync($"{path}?handler=Update", new FormUrlEncodedContent(new Dictionary<string, string>(Update("InProgress", Today, "Done.")) { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(before, await service.CountsAsync());
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var visitor = service.Client();
        var answer = await visitor.GetAsync(await service.PathOfAsync(Training));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/sign-in", answer.RedirectPath());
    }

    [Fact]
    public async Task An_inspector_reads_the_record_but_is_offered_no_form()
    {
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var page = await inspector.PageAsync(await service.PathOfAsync(Training));
        Assert.Contains("Two trainers left in the spring", page.QuerySelector(".app-revisions")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task A_coordinator_assigns_an_action_to_an_owner_who_may_then_report_on_it_and_the_change_is_audited()
    {
        using var coordinator = await service.SignedInClientAsync("coordinator@demo.test");
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        var path = await service.PathOfAsync(Sharing);
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.GetAsync(path)).StatusCode);

        var page = await coordinator.PageAsync(path);
        var options = page.QuerySelectorAll("#AssignTo option").ToList();
        Assert.Equal(["No one", "Colin Coordinator (coordinator@demo.test)", "Olive Owner (owner@demo.test)"], options.Select(o => o.TextContent));
        var olive = options.Single(o => o.TextContent.StartsWith("Olive")).GetAttribute("value")!;

        var unknown = await PageOfAsync(await coordinator.SendAsync(path, "Assign", new Dictionary<string, string> { ["AssignTo"] = "someone-else" }));
        Assert.Equal("Choose an action owner or coordinator of your organisation from the list", FieldError(unknown, "AssignTo"));

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SendAsync(path, "Assign", new Dictionary<string, string> { ["AssignTo"] = olive })).StatusCode);

        Assert.Equal("Olive Owner", (await owner.PageAsync(path)).QuerySelector(".app-assignee")!.TextContent);
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a is { Entity: "PlannedAction", Action: AuditAction.Modified, Actor: "coordinator@demo.test" } && a.Changes.Contains(olive));
    }

    [Fact]
    public async Task An_assigned_owner_may_not_reassign_their_action()
    {
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        var path = await service.PathOfAsync(Training);
        Assert.Null((await owner.PageAsync(path)).QuerySelector(".app-assign-form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.SendAsync(path, "Assign", new Dictionary<string, string> { ["AssignTo"] = "" })).StatusCode);
    }

    private static string Tags(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
