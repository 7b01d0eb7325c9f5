using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>One action of a plan with the response it belongs to, loaded with the plan's whole delivery record.</summary>
public sealed record TrackedAction(ActionPlan Plan, Response Response, PlannedAction Action)
{
    /// <summary>The action's monitoring record, which checks and keeps what is added to it.</summary>
    public ActionProgress Progress { get; } = new(Plan, Action);

    /// <summary>The action, tracked for saving, when it belongs to the plan; otherwise null.</summary>
    public static async Task<TrackedAction?> LoadAsync(ActionPlansDb db, int planId, int actionId)
    {
        var plan = await db.Plans.WithDeliveryRecord().FirstOrDefaultAsync(p => p.Id == planId);
        var response = plan?.Responses.FirstOrDefault(r => r.Actions.Any(a => a.Id == actionId));
        return response is null ? null : new TrackedAction(plan!, response, response.Actions.First(a => a.Id == actionId));
    }

    /// <summary>
    /// Makes the next save fail unless the action is still at the version the form was made from. An
    /// update or a revision adds rows and changes no column of the action, so its version is bumped by
    /// hand: whoever saves second on a stale form is told instead of adding to a record they have not seen.
    /// </summary>
    public void ExpectVersion(ActionPlansDb db, int version) => db.ExpectWholeAtVersion(Action, version);
}
