using ActionPlans.Core.Access;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Ratings;
using ActionPlans.Core.TargetDates;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Infrastructure.Demo;

/// <summary>
/// A small fictional world, written in our own words, loaded on first start so that a newcomer has
/// something to look at: two providers and their owners, an inspection with ratings, a published
/// plan with actions in several states and a plan still in draft, and one account for each role.
/// </summary>
public sealed class DemoData(ActionPlansDb db, UserManager<ServiceUser> users, IServiceProvider services, ILogger<DemoData> log)
{
    public const string Password = "Demo-password-2026";

    public static readonly IReadOnlyList<(string Email, string Role, string? Organisation, string Name)> Accounts =
    [
        ("inspector@demo.test", Role.Inspector, null, "Iris Inspector"),
        ("coordinator@demo.test", Role.Coordinator, "Fenmoor and Dales CRC", "Colin Coordinator"),
        ("owner@demo.test", Role.ActionOwner, "Fenmoor and Dales CRC", "Olive Owner"),
        ("midshire.coordinator@demo.test", Role.Coordinator, "NPS Midshire Division", "Maya Coordinator"),
        ("admin@demo.test", Role.Administrator, null, "Adam Administrator"),
    ];

    public async Task LoadIfEmptyAsync()
    {
        if (await db.Organisations.AnyAsync()) return;

        var harbour = new Organisation("Harbour Rehabilitation Group", OrganisationKind.OwningCompany);
        var fenmoor = new Organisation("Fenmoor and Dales CRC", OrganisationKind.CommunityRehabilitationCompany, harbour);
        var midshire = new Organisation("NPS Midshire Division", OrganisationKind.NpsDivision);
        var hmpps = new Organisation("HM Prison and Probation Service", OrganisationKind.Hmpps);
        var moj = new Organisation("Ministry of Justice", OrganisationKind.MinistryOfJustice);
        db.Organisations.AddRange(harbour, fenmoor, midshire, hmpps, moj);

        db.Plans.Add(PublishedPlan(fenmoor, hmpps));
        db.Plans.Add(DraftPlan(midshire, moj));
        db.Inspections.Add(InspectionAwaitingPlan(fenmoor));
        await db.SaveChangesAsync();

        foreach (var (email, role, organisation, name) in Accounts)
        {
            await Roles.EnsureAsync(services, role);
            var user = new ServiceUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = name,
                OrganisationId = organisation is null ? null : (organisation == fenmoor.Name ? fenmoor : midshire).Id,
            };
            var created = await users.CreateAsync(user, Password);
            if (created.Succeeded) await users.AddToRoleAsync(user, role);
            log.LogInformation("Demo account {Email} ({Role}) password {Password}", email, role, Password);
        }
        await AssignOwnerAsync();
        log.LogInformation("Demo data loaded: 2 providers, 3 inspections, 1 published plan, 1 draft plan, 1 inspection awaiting its plan");
    }

    /// <summary>The demo owner reports on the Quality Lead's and the trainers' actions of the published plan.</summary>
    private async Task AssignOwnerAsync()
    {
        var owner = await users.FindByEmailAsync("owner@demo.test");
        var actions = await db.Actions.Where(a => a.Owner == "Quality Lead" || a.Owner == "Learning and Development Manager").ToListAsync();
        foreach (var action in actions.Where(a => !a.CompletedAtSubmission)) action.AssignTo(owner!.Id);
        await db.SaveChangesAsync();
    }

    private static ActionPlan PublishedPlan(Organisation fenmoor, Organisation hmpps)
    {
        var inspection = new Inspection(fenmoor, InspectionKind.CrcInspection, new DateOnly(2025, 3, 10), new DateOnly(2025, 6, 12));
        RateStandards(inspection);
        var r1 = inspection.Recommend(1, "Fenmoor and Dales CRC should make sure every risk assessment is reviewed when a person's circumstances change.", fenmoor);
        var r2 = inspection.Recommend(2, "Fenmoor and Dales CRC should give managers time and tools to oversee the quality of case work.", fenmoor);
        var r3 = inspection.Recommend(3, "Fenmoor and Dales CRC should open a second reporting office in the Dales so that people need not travel for over an hour.", fenmoor);
        var r4 = inspection.Recommend(4, "HM Prison and Probation Service should share release information with the CRC at least ten days before each release.", hmpps);

        var plan = new ActionPlan(inspection);
        var a1 = plan.ResponseTo(r1);
        a1.Answer(ResponseKind.Agreed, "We agree and will change how and when reviews happen.");
        a1.AddAction("Publish a one-page review guide and brief all 14 teams on it.", "Head of Quality", TargetDate.Parse("Completed June 2025"));
        var audit = a1.AddAction("Audit 40 cases each quarter for reviews after a change in circumstances, reporting results to the senior team.", "Quality Lead", TargetDate.Parse("September 2025 and quarterly"));
        var training = a1.AddAction("Run a half-day refresher on risk reviews for every practitioner.", "Learning and Development Manager", TargetDate.Parse("March 2026"));

        var a2 = plan.ResponseTo(r2);
        a2.Answer(ResponseKind.Agreed, "We agree; managers' caseloads will be reduced to make room for oversight.");
        var caseload = a2.AddAction("Cap each senior practitioner's own caseload at 10 cases.", "Deputy Director, Operations", TargetDate.Parse("December 2025"));
        a2.AddAction("Add a management oversight check to the monthly case audit tool.", "Quality Lead", TargetDate.Parse("January 2026"));

        var a3 = plan.ResponseTo(r3);
        a3.Answer(ResponseKind.NotAgreed, "We will not open a new office.", reasons: ReasonCategories.Affordability | ReasonCategories.Commissioning,
            explanation: "The contract has under two years to run and no capital budget; reporting by video and home visits cover the gap.");

        var a4 = plan.ResponseTo(r4);
        a4.Answer(ResponseKind.PartlyAgreed, "HMPPS agrees to share release dates earlier where prisons hold them.",
            agreedPart: "Sharing release dates ten days ahead for sentenced prisoners.",
            reasons: ReasonCategories.Operational, explanation: "Remand prisoners can be released by a court at no notice, so no date can be shared for them.");
        var sharing = a4.AddAction("Send a weekly list of planned releases from each local prison to the CRC.", "Head of Offender Management in Custody", TargetDate.Parse("November 2025"));

        plan.Submit(new DateOnly(2025, 6, 24));
        plan.Accept();
        plan.Publish();

        Report(plan, audit, new DateOnly(2025, 10, 3), DeliveryStatus.InProgress, "First quarterly audit done: 31 of 40 cases reviewed on time.", "Quality Lead");
        Report(plan, training, new DateOnly(2025, 12, 1), DeliveryStatus.InProgress, "Eight of fourteen teams trained so far.", "Learning and Development Manager");
        Report(plan, caseload, new DateOnly(2025, 12, 19), DeliveryStatus.Completed, "Caseloads capped from 15 December.", "Deputy Director, Operations", completedOn: new DateOnly(2025, 12, 15));
        Report(plan, sharing, new DateOnly(2025, 9, 8), DeliveryStatus.NotStarted, "Waiting for the prisons' data sharing agreement.", "Head of Offender Management in Custody");
        new ActionProgress(plan, training).ReviseTarget(TargetDate.Parse("June 2026"), "Two trainers left in the spring; the remaining sessions were rebooked.",
            new DateOnly(2026, 2, 20), "Colin Coordinator", today: new DateOnly(2026, 2, 20));
        return plan;
    }

    /// <summary>Records an update as if it were entered on the day it is dated.</summary>
    private static void Report(ActionPlan plan, PlannedAction action, DateOnly on, DeliveryStatus status, string narrative, string author, DateOnly? completedOn = null) =>
        new ActionProgress(plan, action).Record(new UpdateContent(on, status, narrative, author, completedOn), today: on);

    private static void RateStandards(Inspection inspection)
    {
        (string Id, Rating Rating)[] ratings =
        [
            ("1.1", Rating.Good), ("1.2", Rating.RequiresImprovement), ("1.3", Rating.Good), ("1.4", Rating.Good),
            ("2.1", Rating.RequiresImprovement), ("2.2", Rating.RequiresImprovement), ("2.3", Rating.Good), ("2.4", Rating.Inadequate),
            ("4.1", Rating.Good), ("4.2", Rating.RequiresImprovement),
        ];
        foreach (var (id, rating) in ratings) inspection.RecordStandard(id, rating);
        var reviewing = inspection.Standards.Single(s => s.StandardId == "2.4");
        reviewing.RecordKeyQuestion("Does reviewing focus on keeping the person engaged?", 48, 55, 61);
        reviewing.RecordKeyQuestion("Does reviewing focus on keeping other people safe?", 42, 40, 50);
        var assessment = inspection.Standards.Single(s => s.StandardId == "2.1");
        assessment.RecordKeyQuestion("Is assessment focused on engaging the person?", 71, 66, 74);
        assessment.RecordKeyQuestion("Is assessment focused on the factors linked to offending?", 63, 60, 68);
        assessment.RecordKeyQuestion("Is assessment focused on keeping other people safe?", 58, 52, 55);
    }

    /// <summary>A follow-up inspection whose report is out and whose plan nobody has started yet.</summary>
    private static Inspection InspectionAwaitingPlan(Organisation fenmoor)
    {
        var inspection = new Inspection(fenmoor, InspectionKind.CrcInspection, new DateOnly(2026, 9, 7), new DateOnly(2026, 11, 16));
        inspection.Recommend(1, "Fenmoor and Dales CRC should see every person on unpaid work within five working days of sentence.", fenmoor);
        inspection.Recommend(2, "Fenmoor and Dales CRC should record why each risk review was late when it was.", fenmoor);
        return inspection;
    }

    private static ActionPlan DraftPlan(Organisation midshire, Organisation moj)
    {
        var inspection = new Inspection(midshire, InspectionKind.NpsDivisionInspection, new DateOnly(2026, 8, 3), new DateOnly(2026, 11, 10));
        foreach (var id in new[] { "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4" })
            inspection.RecordStandard(id, id.StartsWith("2.") ? Rating.RequiresImprovement : Rating.Good);
        var r1 = inspection.Recommend(1, "NPS Midshire Division should check court reports for domestic abuse information before sentencing.", midshire);
        inspection.Recommend(2, "NPS Midshire Division should reduce the number of staff vacancies in its northern offices.", midshire);
        inspection.Recommend(3, "The Ministry of Justice should publish guidance on sharing case records with partner agencies.", moj);

        var plan = new ActionPlan(inspection);
        var first = plan.ResponseTo(r1);
        first.Answer(ResponseKind.Agreed, "We agree and have started work.");
        first.AddAction("Add a domestic abuse information check to the court report template.", "Head of Court Services", TargetDate.Parse("February 2027"));
        return plan;
    }
}
