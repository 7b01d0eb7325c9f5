using ActionPlans.Core.Access;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Features.Shared;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>
/// The actions a signed-in person reports on, most pressing first: overdue, due soon, on track, then the
/// finished ones. A coordinator may instead see every action their organisation answers for.
/// </summary>
public sealed class MyActionsModel(ActionPlansDb db, TimeProvider clock, DeliverySettings delivery) : PageModel
{
    public const int PerGroupPage = 25;

    /// <summary>The groups the page shows, in the order a person should act on them, each with the query key of its page number.</summary>
    public static readonly IReadOnlyList<(string Heading, string Key, DeliveryState[] States)> Groups =
    [
        (DeliveryState.Overdue.Words(), "overdue", [DeliveryState.Overdue]),
        (DeliveryState.DueSoon.Words(), "due-soon", [DeliveryState.DueSoon]),
        (DeliveryState.OnTrack.Words(), "on-track", [DeliveryState.OnTrack]),
        (DeliveryState.NoTarget.Words(), "no-target", [DeliveryState.NoTarget]),
        ("Completed", "completed", [DeliveryState.CompletedLate, DeliveryState.CompletedOnTime]),
        ("Not delivered or superseded", "ended", [DeliveryState.NotDelivered, DeliveryState.Superseded]),
    ];

    /// <summary>Each group with actions: its heading, the page of it shown and that page's actions.</summary>
    public IReadOnlyList<(string Heading, string Key, ListPage Page, IReadOnlyList<ActionToDeliver> Actions)> Grouped { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>The coordinator's organisation, when they may see all its actions; null for anyone else.</summary>
    public string? Organisation { get; private set; }

    public bool ShowsOrganisation { get; private set; }

    public AsAtDay AsAt { get; private set; } = null!;

    public async Task OnGetAsync(string? show)
    {
        AsAt = AsAtDay.Read(this, clock.TodayInUk());
        var viewer = ViewerOf.Principal(User);
        if (viewer.Roles.Contains(Role.Coordinator) && viewer.OrganisationId is { } organisation)
            Organisation = await db.Organisations.Where(o => o.Id == organisation).Select(o => o.Name).FirstOrDefaultAsync();
        ShowsOrganisation = Organisation is not null && show == "organisation";

        var actions = ShowsOrganisation
            ? ActionsToDeliver.OfOrganisation(db, viewer.OrganisationId!.Value, AsAt.Date, delivery.DueSoon)
            : ActionsToDeliver.AssignedTo(db, viewer.UserId ?? "", AsAt.Date, delivery.DueSoon);
        var counts = await actions.CountsAsync(HttpContext.RequestAborted);
        Total = counts.Values.Sum();
        var shown = new List<(string Heading, string Key, ListPage Page, DeliveryState[] States)>();
        foreach (var (heading, key, states) in Groups)
        {
            var count = states.Sum(s => counts.GetValueOrDefault(s));
            if (count == 0) continue;
            shown.Add((heading, key, ListPage.Of(int.TryParse(Request.Query[key], out var asked) ? asked : null, PerGroupPage, count), states));
        }
        var pages = await actions.PagesAsync([.. shown.Select(g => ((IReadOnlyCollection<DeliveryState>)g.States, g.Page.Skip, g.Page.Size))], HttpContext.RequestAborted);
        Grouped = [.. shown.Select((g, i) => (g.Heading, g.Key, g.Page, pages[i]))];
    }
}
