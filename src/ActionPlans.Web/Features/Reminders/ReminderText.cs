using System.Text;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Vocabulary;

using ActionPlans.Web.Features.Notifications;

namespace ActionPlans.Web.Features.Reminders;

/// <summary>What a reminder says, in plain text: the action's words, its plan, recommendation, due date and where to report on it.</summary>
public sealed record ReminderText(string Subject, string Body)
{
    public static ReminderText ForAssignee(ActionFallingDue item, string name, ReminderSettings settings)
    {
        var provider = item.Plan.Inspection.Provider.Name;
        var subject = item.IsOverdue
            ? $"{DeliveryState.Overdue.Words()}: action for recommendation {item.Response.Recommendation.Number} ({provider}) was due {DateWords.Day(item.Due)}"
            : $"{DeliveryState.DueSoon.Words()}: action for recommendation {item.Response.Recommendation.Number} ({provider}) is due {DateWords.Day(item.Due)}";
        var body = new StringBuilder()
            .AppendLine($"Dear {name},").AppendLine()
            .AppendLine(item.IsOverdue
                ? $"This action was due on {DateWords.Day(item.Due)} and no delivery has been reported for that date."
                : $"This action is due on {DateWords.Day(item.Due)}.")
            .AppendLine();
        Describe(body, item, settings);
        body.AppendLine()
            .AppendLine(item.IsOverdue
                ? "Please report what has been done, or ask your coordinator to revise the target date with a reason."
                : "Please report progress when the work is done.");
        return new ReminderText(Letter.Shortened(subject), body.ToString());
    }

    public static ReminderText Digest(IReadOnlyList<ActionFallingDue> items, string name, string organisation, string week, ReminderSettings settings)
    {
        var overdue = items.Where(i => i.IsOverdue).ToList();
        var dueSoon = items.Where(i => !i.IsOverdue).ToList();
        var subject = $"Weekly summary for {organisation}: {overdue.Count} {DeliveryState.Overdue.Counted()}, {dueSoon.Count} {DeliveryState.DueSoon.Counted()} ({week})";
        var body = new StringBuilder()
            .AppendLine($"Dear {name},").AppendLine()
            .AppendLine($"Actions followed by {organisation} that need attention this week ({week}).").AppendLine();
        Section(body, $"{DeliveryState.Overdue.Words()} ({overdue.Count})", overdue, settings);
        Section(body, $"Due in the next {settings.DueSoon.Days} days ({dueSoon.Count})", dueSoon, settings);
        return new ReminderText(Letter.Shortened(subject), body.ToString());
    }

    private static void Section(StringBuilder body, string heading, List<ActionFallingDue> items, ReminderSettings settings)
    {
        if (items.Count == 0) return;
        body.AppendLine(heading).AppendLine(new string('-', heading.Length)).AppendLine();
        foreach (var item in items)
        {
            Describe(body, item, settings);
            body.AppendLine();
        }
    }

    private static void Describe(StringBuilder body, ActionFallingDue item, ReminderSettings settings)
    {
        var inspection = item.Plan.Inspection;
        body.AppendLine($"Action: {item.Action.Text}")
            .AppendLine($"Plan: {inspection.Provider.Name}{(inspection.Published is { } published ? $", inspection report published {DateWords.Day(published)}" : "")}")
            .AppendLine($"Recommendation {item.Response.Recommendation.Number}: {item.Response.Recommendation.Text}");
        if (item.Action.Owner is { } owner) body.AppendLine($"Owner in the plan: {owner}");
        body.AppendLine($"Due: {DateWords.Day(item.Due)}")
            .AppendLine($"Report progress: {settings.ProgressPage(item.Plan.Id, item.Action.Id)}");
    }

}
