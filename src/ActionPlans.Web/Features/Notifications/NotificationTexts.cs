using System.Text;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Plans.Checks;
using ActionPlans.Core.Plans.Deadlines;
using ActionPlans.Core.Plans.Workflow;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Recommendations;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Features.Publishing;
using ActionPlans.Web.Features.Reminders;
using ActionPlans.Web.Infrastructure.Email;

namespace ActionPlans.Web.Features.Notifications;

/// <summary>
/// What each notification says, in plain text (the HTML part is made from it). Only the plan's own record goes in:
/// recommendations, actions, targets, statuses and inspectors' comments, never a progress update's narrative or a
/// revision's reason, which may speak of people on probation.
/// </summary>
public sealed class NotificationTexts(ReminderSettings settings)
{
    public Letter Submitted(ServiceUser to, ActionPlan plan, int version, PlanCheck check)
    {
        var summary = check.Summary;
        var body = Greeting(to)
            .AppendLine($"{Provider(plan)}'s action plan{Report(plan.Inspection)} has been submitted for review (version {version}, submitted {DateWords.Day(plan.Submitted)}).")
            .AppendLine();
        Heading(body, "Summary of the review checks")
            .AppendLine($"Agreed: {summary.Agreed}. Partly agreed: {summary.PartlyAgreed}. Not agreed: {summary.NotAgreed}. Total: {summary.Total}.")
            .AppendLine("Nothing blocks the plan: the checks found no errors.");
        var warnings = check.Warnings.ToList();
        body.AppendLine(warnings.Count switch { 0 => "The checks found no warnings.", 1 => "The checks found 1 warning:", _ => $"The checks found {warnings.Count} warnings:" });
        foreach (var warning in warnings)
            body.AppendLine($"- {(warning.RecommendationNumber is { } n ? $"Recommendation {n}: " : "")}{warning.Message}");
        body.AppendLine().AppendLine($"Review the plan: {Review(plan)}");
        return new Letter(to, OutboxKind.PlanSubmitted, $"plan-submitted:{plan.Id}:v{version}:{to.Id}",
            $"Action plan submitted for review: {Provider(plan)} (version {version})", body.ToString());
    }

    public Letter Moved(ServiceUser to, ActionPlan plan, PlanStatus status, int version, IReadOnlyList<ReviewComment> comments)
    {
        var body = Greeting(to);
        var (kind, key, subject) = status switch
        {
            PlanStatus.Returned => (OutboxKind.PlanReturned, $"plan-returned:{plan.Id}:v{version}", $"Action plan returned for changes: {Provider(plan)}"),
            PlanStatus.Accepted => (OutboxKind.PlanAccepted, $"plan-accepted:{plan.Id}", $"Action plan accepted: {Provider(plan)}"),
            _ => (OutboxKind.PlanPublished, $"plan-published:{plan.Id}", $"Action plan published: {Provider(plan)}"),
        };
        switch (status)
        {
            case PlanStatus.Returned:
                body.AppendLine($"The inspectorate has returned the action plan for {Provider(plan)}{Report(plan.Inspection)} with {Count(comments.Count, "comment")} on version {version}.")
                    .AppendLine("Answer each comment, change the plan where needed and submit it again.").AppendLine();
                Heading(body, "Comments");
                foreach (var comment in comments)
                    body.AppendLine($"{(comment.RecommendationNumber is { } n ? $"Recommendation {n}" : "The whole plan")} ({comment.Author}, {DateWords.Day(comment.Written)}):")
                        .AppendLine(comment.Text).AppendLine();
                body.AppendLine($"Answer the comments: {Review(plan)}");
                break;
            case PlanStatus.Accepted:
                body.AppendLine($"The inspectorate has accepted the action plan for {Provider(plan)}{Report(plan.Inspection)}.")
                    .AppendLine("Its actions are now monitored: report progress on each as it is delivered.").AppendLine()
                    .AppendLine($"See the plan: {PlanPage(plan)}");
                break;
            default:
                body.AppendLine($"The inspectorate has published the action plan for {Provider(plan)}{Report(plan.Inspection)}. Anyone can now read it.").AppendLine()
                    .AppendLine($"See the plan: {PlanPage(plan)}");
                break;
        }
        return new Letter(to, kind, $"{key}:{to.Id}", subject, body.ToString());
    }

    public Letter Commented(ServiceUser to, ActionPlan plan, ReviewComment comment)
    {
        var on = comment.RecommendationNumber is { } n ? $"recommendation {n}" : "the action plan";
        var body = Greeting(to)
            .AppendLine($"{comment.Author} of the inspectorate has commented on {on} in the action plan for {Provider(plan)}{Report(plan.Inspection)}:").AppendLine()
            .AppendLine(comment.Text).AppendLine();
        if (plan.Responses.FirstOrDefault(r => r.Recommendation.Number == comment.RecommendationNumber) is { } response)
            body.AppendLine(Recommendation(response.Recommendation)).AppendLine();
        body.AppendLine($"See the review: {Review(plan)}");
        return new Letter(to, OutboxKind.ReviewComment, $"comment:{comment.Id}:{to.Id}", $"Inspector's comment on {on}: {Provider(plan)}", body.ToString());
    }

    public Letter Assigned(ServiceUser to, ActionPlan plan, Response response, PlannedAction action)
    {
        var body = Greeting(to).AppendLine($"An action in the action plan for {Provider(plan)} has been assigned to you: you report its progress.").AppendLine();
        Action(body, plan, response, action).AppendLine($"Target: {action.Target.Text}").AppendLine().AppendLine($"Report progress: {settings.ProgressPage(plan.Id, action.Id)}");
        return new Letter(to, OutboxKind.ActionAssigned, $"assigned:{action.Id}:{to.Id}",
            $"Action assigned to you: recommendation {response.Recommendation.Number} ({Provider(plan)})", body.ToString());
    }

    public Letter Revised(ServiceUser to, ActionPlan plan, Response response, PlannedAction action, TargetRevision revision)
    {
        var body = Greeting(to).AppendLine($"{revision.By} revised the target of an action in the action plan for {Provider(plan)} on {DateWords.Day(revision.On)}.").AppendLine();
        Action(body, plan, response, action).AppendLine($"Target was: {revision.From.Text}").AppendLine($"Target now: {revision.To.Text}").AppendLine()
            .AppendLine($"See the action and the reason given: {settings.ProgressPage(plan.Id, action.Id)}");
        return new Letter(to, OutboxKind.TargetRevised, $"target-revised:{revision.Id}:{to.Id}",
            $"Target revised: action for recommendation {response.Recommendation.Number} ({Provider(plan)})", body.ToString());
    }

    public Letter Completed(ServiceUser to, ActionPlan plan, Response response, PlannedAction action, ProgressUpdate update)
    {
        var body = Greeting(to).AppendLine($"An action in the action plan for {Provider(plan)} has been reported completed{(update.CompletedOn is { } on ? $" on {DateWords.Day(on)}" : "")}.").AppendLine();
        Action(body, plan, response, action).AppendLine().AppendLine($"See the action and its evidence: {settings.ProgressPage(plan.Id, action.Id)}");
        return new Letter(to, OutboxKind.ActionCompleted, $"completed:{update.Id}:{to.Id}",
            $"Action completed: recommendation {response.Recommendation.Number} ({Provider(plan)})", body.ToString());
    }

    public Letter ProgressReported(ServiceUser to, ActionPlan plan, PublishedProgressReport report)
    {
        var body = Greeting(to)
            .AppendLine($"A progress report on the action plan for {Provider(plan)}{Report(plan.Inspection)} has been published, as at {DateWords.Day(report.AsAt)}.").AppendLine()
            .AppendLine($"Read the report: {settings.Page($"plans/{plan.Id}/progress-reports/{report.Id}")}");
        return new Letter(to, OutboxKind.ProgressReport, $"progress-report:{report.Id}:{to.Id}",
            $"Progress report published: {Provider(plan)}, as at {DateWords.Day(report.AsAt)}", body.ToString());
    }

    /// <summary>The report is out and a plan is due: the recommendations the organisation answers, and the due day.</summary>
    public Letter PlanDue(ServiceUser to, Inspection inspection, string organisation, IReadOnlyList<Recommendation> theirs, PlanDeadline deadline)
    {
        var body = Greeting(to)
            .AppendLine($"The inspection report on {inspection.Provider.Name} was published on {DateWords.Day(deadline.ReportPublished)}. {Count(theirs.Count, "recommendation")} {(theirs.Count == 1 ? "is" : "are")} addressed to {organisation}.")
            .AppendLine($"The action plan is due on {DateWords.Day(deadline.Due)}, {deadline.WorkingDays} working days after publication.").AppendLine();
        Heading(body, $"Recommendations addressed to {organisation}");
        foreach (var recommendation in theirs) body.AppendLine(Recommendation(recommendation)).AppendLine();
        body.AppendLine($"Start or continue the plan: {InspectionPage(inspection)}");
        return new Letter(to, OutboxKind.PlanDue, $"plan-due:{inspection.Id}:{to.Id}",
            $"Action plan due {DateWords.Day(deadline.Due)}: inspection of {inspection.Provider.Name}", body.ToString());
    }

    /// <summary>A reminder <paramref name="before"/> working days before the due day.</summary>
    public Letter PlanDueReminder(ServiceUser to, Inspection inspection, PlanDeadline deadline, int before, DeadlineStanding standing)
    {
        var left = standing.WorkingDaysLeft == 0 ? "today" : $"in {Count(standing.WorkingDaysLeft, "working day")}";
        var body = Greeting(to)
            .AppendLine($"The action plan answering the inspection report on {inspection.Provider.Name} is due {left}, on {DateWords.Day(deadline.Due)}, and has not been submitted.").AppendLine()
            .AppendLine($"Finish and submit the plan: {InspectionPage(inspection)}");
        return new Letter(to, OutboxKind.PlanDue, $"plan-due-{before}:{inspection.Id}:{to.Id}",
            $"Reminder: action plan due {DateWords.Day(deadline.Due)} ({left}): inspection of {inspection.Provider.Name}", body.ToString());
    }

    public Letter PlanLate(ServiceUser to, Inspection inspection, PlanDeadline deadline, DeadlineStanding standing)
    {
        var body = Greeting(to)
            .AppendLine($"The action plan answering the inspection report on {inspection.Provider.Name} (published {DateWords.Day(deadline.ReportPublished)}) was due on {DateWords.Day(deadline.Due)} and has not been submitted; it is {Count(standing.WorkingDaysLate, "working day")} late.").AppendLine()
            .AppendLine($"See the inspection: {InspectionPage(inspection)}");
        return new Letter(to, OutboxKind.PlanLate, $"plan-late:{inspection.Id}:{to.Id}",
            $"Action plan not submitted by its due day: inspection of {inspection.Provider.Name}", body.ToString());
    }

    private static StringBuilder Greeting(ServiceUser to) => new StringBuilder().AppendLine($"Dear {to.DisplayName},").AppendLine();

    private static StringBuilder Heading(StringBuilder body, string heading) =>
        body.AppendLine(heading).AppendLine(new string('-', heading.Length));

    private static StringBuilder Action(StringBuilder body, ActionPlan plan, Response response, PlannedAction action)
    {
        body.AppendLine($"Action: {action.Text}").AppendLine(Recommendation(response.Recommendation));
        if (action.Owner is { } owner) body.AppendLine($"Owner in the plan: {owner}");
        return body;
    }

    private static string Recommendation(Recommendation recommendation) => $"Recommendation {recommendation.Number}: {recommendation.Text}";

    private static string Provider(ActionPlan plan) => plan.Inspection.Provider.Name;

    private static string Report(Inspection inspection) =>
        inspection.Published is { } published ? $" (inspection report published {DateWords.Day(published)})" : "";

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private Uri Review(ActionPlan plan) => settings.Page($"plans/{plan.Id}/review");
    private Uri PlanPage(ActionPlan plan) => settings.Page($"plans/{plan.Id}");
    private Uri InspectionPage(Inspection inspection) => settings.Page($"inspections/{inspection.Id}");
}
