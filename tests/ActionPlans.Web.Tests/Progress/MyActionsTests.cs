using System.Net;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Tests.Infrastructure;
using static ActionPlans.Web.Tests.Progress.ProgressForms;

namespace ActionPlans.Web.Tests.Progress;

/// <summary>"My actions": an owner's assigned actions, most pressing first; a coordinator's view of their organisation's.</summary>
public sealed class MyActionsTests(RunningService service) : IClassFixture<RunningService>
{
    [Fact]
    public async Task The_owners_actions_are_listed_overdue_first_oldest_due_first_and_completed_last()
    {
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        var oversight = await service.PathOfAsync("Add a management oversight check");
        var completed = await owner.SendAsync(oversight, "Update", Update("Completed", Today, "Check added to the tool.", completedOn: Today));
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);

        var page = await owner.PageAsync("/my-actions");

        Assert.Equal(["Overdue (2)", "Completed (1)"], page.QuerySelectorAll("caption").Select(c => c.TextContent.Trim()));
        var rows = page.QuerySelectorAll(".app-my-action").ToList();
        // The training was due by June 2026; the quarterly audit's last missed quarter is later.
        Assert.StartsWith("Run a half-day refresher", rows[0].QuerySelector(".app-my-action__link")!.TextContent);
        Assert.StartsWith("Audit 40 cases each quarter", rows[1].QuerySelector(".app-my-action__link")!.TextContent);
        Assert.StartsWith("Add a management oversight check", rows[2].QuerySelector(".app-my-action__link")!.TextContent);
        // Completed today, months after its January 2026 target.
        Assert.Equal(["Overdue", "Overdue", "Completed late"], rows.Select(r => r.QuerySelector(".app-my-action__state")!.TextContent));
        Assert.Equal("June 2026", rows[0].QuerySelectorAll("td")[3].TextContent);
        Assert.Equal(oversight, rows[2].QuerySelector(".app-my-action__link")!.GetAttribute("href"));
        Assert.Equal(Today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), rows[2].QuerySelectorAll("td")[5].TextContent);
        Assert.Null(page.QuerySelector(".app-action-views"));
        Assert.Contains(page.QuerySelectorAll(".govuk-service-navigation__link"), a => a.TextContent == "My actions");
    }

    [Fact]
    public async Task My_actions_can_be_seen_as_at_a_past_day_and_the_day_stays_when_switching_views()
    {
        using var coordinator = await service.SignedInClientAsync("coordinator@demo.test");

        var page = await coordinator.PageAsync("/my-actions?show=organisation&asAt=2025-11-01");

        Assert.Contains("as at 1 November 2025:", page.QuerySelector("main p.govuk-body")!.TextContent);
        var captions = page.QuerySelectorAll("caption").Select(c => c.TextContent.Trim()).ToList();
        Assert.DoesNotContain(captions, c => c.StartsWith("Overdue"));
        // The weekly release list was due by the end of November 2025, within the 30-day window.
        var dueSoon = page.QuerySelectorAll("table.app-my-actions").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Due soon"));
        Assert.Contains("Send a weekly list of planned releases", dueSoon.TextContent);
        Assert.Equal("organisation", page.QuerySelector("form.app-as-at input[name=show]")!.GetAttribute("value"));
        Assert.Equal("/my-actions?asAt=2025-11-01", page.QuerySelector(".app-action-views a")!.GetAttribute("href"));

        var future = await coordinator.PageAsync("/my-actions?asAt=2099-01-01");
        Assert.Contains("The date to view as at must be today or in the past", future.QuerySelector(".govuk-error-summary")!.TextContent);
    }

    [Fact]
    public async Task A_coordinator_also_sees_every_action_of_their_organisation()
    {
        using var coordinator = await service.SignedInClientAsync("coordinator@demo.test");

        var mine = await coordinator.PageAsync("/my-actions");
        Assert.NotNull(mine.QuerySelector(".app-no-actions"));
        var link = mine.QuerySelectorAll(".app-action-views a").Single();
        Assert.Equal("All actions of Fenmoor and Dales CRC", link.TextContent);

        var all = await coordinator.PageAsync(link.GetAttribute("href")!);
        var texts = all.QuerySelectorAll(".app-my-action__link").Select(a => a.TextContent).ToList();
        Assert.Equal(6, texts.Count);
        Assert.Contains(texts, t => t.StartsWith("Cap each senior practitioner"));
        Assert.Contains(texts, t => t.StartsWith("Send a weekly list of planned releases"));
    }

    [Fact]
    public async Task An_inspector_has_no_my_actions_link_and_an_owner_cannot_ask_for_the_organisation_view()
    {
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        Assert.DoesNotContain((await inspector.PageAsync("/")).QuerySelectorAll(".govuk-service-navigation__link"), a => a.TextContent == "My actions");

        using var owner = await service.SignedInClientAsync("owner@demo.test");
        var page = await owner.PageAsync("/my-actions?show=organisation");
        Assert.DoesNotContain(page.QuerySelectorAll(".app-my-action__link"), a => a.TextContent.StartsWith("Cap each senior practitioner"));
    }
}
