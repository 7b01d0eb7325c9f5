using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;
using ActionPlans.Documents.Publishing.Progress;

namespace ActionPlans.Documents.Tests.Publishing;

/// <summary>
/// A plan submitted on 24 June 2025 whose actions were delivered in several ways: a caseload cap completed
/// on 15 December 2025 (reported on the 19th), quarterly audits under way, training whose target moved from
/// March to June 2026, one action for another body, and a recommendation not agreed.
/// </summary>
internal static class DeliveredPlan
{
    public const string Audit = "Audit 40 cases each quarter.";
    public const string Training = "Run a refresher on risk reviews.";
    public const string Caseload = "Cap caseloads at 10 cases.";
    public const string Sharing = "Send a weekly list of releases.";
    public const string Awkward = "Brief teams <b>&amp;</b> \"partners\" 👍 on\u0007 time";

    public static ActionPlan Build()
    {
        var provider = new Organisation("Fenmoor and Dales CRC", OrganisationKind.CommunityRehabilitationCompany);
        var hmpps = new Organisation("HM Prison and Probation Service", OrganisationKind.Hmpps);
        var inspection = new Inspection(provider, InspectionKind.CrcInspection, new DateOnly(2025, 3, 10), new DateOnly(2025, 6, 12));
        var reviews = inspection.Recommend(1, "Review every risk assessment when circumstances change.", provider);
        var managers = inspection.Recommend(2, "Give managers time to oversee case work.", provider);
        var office = inspection.Recommend(3, "Open a second reporting office.", provider);
        var releases = inspection.Recommend(4, "Share release information ten days ahead.", hmpps);

        var plan = new ActionPlan(inspection);
        var first = plan.ResponseTo(reviews);
        first.Answer(ResponseKind.Agreed, "We agree.");
        var audit = first.AddAction(Audit, "Quality Lead", TargetDate.Parse("September 2025 and quarterly"));
        var training = first.AddAction(Training, "Learning and Development Manager", TargetDate.Parse("March 2026"));
        first.AddAction(Awkward, "Head of Quality", TargetDate.Parse("Ongoing"));
        var second = plan.ResponseTo(managers);
        second.Answer(ResponseKind.Agreed, "We agree.");
        var caseload = second.AddAction(Caseload, "Deputy Director, Operations", TargetDate.Parse("December 2025"));
        plan.ResponseTo(office).Answer(ResponseKind.NotAgreed, "We will not.", reasons: ReasonCategories.Affordability, explanation: "No capital budget.");
        var fourth = plan.ResponseTo(releases);
        fourth.Answer(ResponseKind.Agreed, "HMPPS agrees.");
        var sharing = fourth.AddAction(Sharing, "Head of Offender Management in Custody", TargetDate.Parse("November 2025"));

        plan.Submit(new DateOnly(2025, 6, 24));
        plan.Accept();
        plan.Publish();
        Report(plan, audit, new DateOnly(2025, 10, 3), DeliveryStatus.InProgress, "First audit done: 31 of 40 reviewed on time.", "Quality Lead");
        Report(plan, caseload, new DateOnly(2025, 12, 19), DeliveryStatus.Completed, "Caseloads capped from 15 December.", "Deputy Director", new DateOnly(2025, 12, 15));
        Report(plan, sharing, new DateOnly(2025, 9, 8), DeliveryStatus.NotStarted, "Waiting for the data sharing agreement.", "Head of Custody");
        new ActionProgress(plan, training).ReviseTarget(TargetDate.Parse("June 2026"), "Two trainers left.", new DateOnly(2026, 2, 20), "Colin Coordinator", new DateOnly(2026, 2, 20));
        return plan;
    }

    public static ProgressReport AsAt(int year, int month, int day) => ProgressReport.Of(PlanDelivery.AsAt(Build(), new DateOnly(year, month, day)));

    private static void Report(ActionPlan plan, PlannedAction action, DateOnly on, DeliveryStatus status, string narrative, string author, DateOnly? completedOn = null) =>
        new ActionProgress(plan, action).Record(new UpdateContent(on, status, narrative, author, completedOn), today: on);
}
