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
    /// <summary>The groups the page shows, in the order a person should act on them.</summary>
    public static readonly IReadOnlyList<(string Heading, DeliveryState[] States)> Groups =
    [
        (DeliveryState.Overdue.Words(), [DeliveryState.Overdue]),
        (DeliveryState.DueSoon.Words(), [DeliveryState.DueSoon]),
        (DeliveryState.OnTrack.Words(), [DeliveryState.OnTrack]),
        (DeliveryState.NoTarget.Words(), [DeliveryState.NoTarget]),
        ("Completed", [DeliveryState.CompletedLate, DeliveryState.CompletedOnTime]),
        ("Not delivered or superseded", [DeliveryState.NotDelivered, DeliveryState.Superseded]),
    ];

    public IReadOnlyList<(string Heading, IReadOnlyList<ActionToDeliver> Actions)> Grouped { get; private set; } = [];

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
            ? await ActionsToDeliver.OfOrganisationAsync(db, viewer.OrganisationId!.Value, AsAt.Date, delivery.DueSoon)
            : await ActionsToDeliver.AssignedToAsync(db, viewer.UserId ?? "", AsAt.Date, delivery.DueSoon);
        Grouped = Groups
            .Select(g => (g.Heading, (IReadOnlyList<ActionToDeliver>)actions.Where(a => g.States.Contains(a.Standing.Delivery.State))
                .OrderBy(a => a.Standing.Delivery.Due ?? DateOnly.MaxValue)
                .ThenBy(a => a.PlanId).ThenBy(a => a.Recommendation).ThenBy(a => a.Standing.Action.Position).ToList()))
            .Where(g => g.Item2.Count > 0)
            .ToList();
    }
}
