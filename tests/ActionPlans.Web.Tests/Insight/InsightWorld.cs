using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Ratings;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Insight;

/// <summary>
/// Five inspections whose insight figures are counted by hand in the tests: three published reports with two
/// published plans and a draft, a report published after "today", and one not published at all.
/// </summary>
public static class InsightWorld
{
    public static readonly DateOnly Today = new(2021, 1, 1);

    public static readonly string[] Standards = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "4.1", "4.2"];

    public static async Task AddToAsync(ActionPlansDb db)
    {
        // The service's demo has the national bodies already.
        async Task<Organisation> Named(string name, OrganisationKind kind) =>
            await db.Organisations.FirstOrDefaultAsync(o => o.Name == name) ?? new Organisation(name, kind);
        var wendle = new Organisation("Wendle CRC", OrganisationKind.CommunityRehabilitationCompany);
        var harbourside = new Organisation("Harbourside CRC", OrganisationKind.CommunityRehabilitationCompany);
        var fellside = new Organisation("NPS Fellside Division", OrganisationKind.NpsDivision);
        var ridings = new Organisation("Probation Service Ridings Region", OrganisationKind.ProbationRegion);
        var hmpps = await Named("HM Prison and Probation Service", OrganisationKind.Hmpps);
        var moj = await Named("Ministry of Justice", OrganisationKind.MinistryOfJustice);

        // Wendle, 2019: one standard better than before, one worse, one the same; four key-question figures, one per band.
        var first = new Inspection(wendle, InspectionKind.CrcInspection, new DateOnly(2018, 11, 5), new DateOnly(2019, 3, 10));
        first.RecordStandard("1.1", Rating.Good, Rating.RequiresImprovement);
        var assessment = first.RecordStandard("2.1", Rating.RequiresImprovement, Rating.Good);
        assessment.SetKeyQuestion("2.1.1", "Does assessment engage the person?", 82, null, null);
        assessment.SetKeyQuestion("2.1.2", "Does assessment cover risk?", 45, null, null);
        first.RecordStandard("2.2", Rating.Inadequate, Rating.Inadequate).SetKeyQuestion("2.2.1", "Does planning engage the person?", 55, null, null);
        var plan = Planned(first, (wendle, ResponseKind.Agreed, ReasonCategories.None),
            (hmpps, ResponseKind.PartlyAgreed, ReasonCategories.Commissioning | ReasonCategories.Policy),
            (wendle, ResponseKind.NotAgreed, ReasonCategories.Affordability));
        Publish(plan, new DateOnly(2019, 4, 20));
        db.Plans.Add(plan);

        // Harbourside, 2020: better than before on 1.1; both recommendations agreed.
        var second = new Inspection(harbourside, InspectionKind.CrcInspection, new DateOnly(2020, 2, 3), new DateOnly(2020, 6, 1));
        second.RecordStandard("1.1", Rating.Outstanding, Rating.Good);
        second.RecordStandard("2.1", Rating.Good).SetKeyQuestion("2.1.1", "Does assessment engage the person?", 70, null, null);
        plan = Planned(second, (harbourside, ResponseKind.Agreed, ReasonCategories.None), (moj, ResponseKind.Agreed, ReasonCategories.None));
        Publish(plan, new DateOnly(2020, 7, 1));
        db.Plans.Add(plan);

        // Fellside, 2020: every standard Good (a score of 20); its plan is still a draft, so its answer is not counted.
        var third = new Inspection(fellside, InspectionKind.NpsDivisionInspection, new DateOnly(2020, 5, 11), new DateOnly(2020, 9, 15));
        foreach (var standard in Standards) third.RecordStandard(standard, Rating.Good);
        db.Plans.Add(Planned(third, (fellside, ResponseKind.NotAgreed, ReasonCategories.Operational)));

        // Ridings: published after today, with a published plan; nothing of it is counted yet.
        var fourth = new Inspection(ridings, InspectionKind.NpsDivisionInspection, new DateOnly(2020, 10, 1), new DateOnly(2021, 3, 1));
        fourth.RecordStandard("1.1", Rating.Inadequate);
        plan = Planned(fourth, (ridings, ResponseKind.NotAgreed, ReasonCategories.Operational));
        Publish(plan, new DateOnly(2020, 12, 1));
        db.Plans.Add(plan);

        // Wendle again, not published.
        var fifth = new Inspection(wendle, InspectionKind.CrcInspection, new DateOnly(2020, 11, 2), null);
        fifth.RecordStandard("1.1", Rating.Inadequate);
        db.Inspections.Add(fifth);
        await db.SaveChangesAsync();
    }

    private static ActionPlan Planned(Inspection inspection, params (Organisation To, ResponseKind Kind, ReasonCategories Reasons)[] answers)
    {
        var recommendations = answers.Select((a, i) => inspection.Recommend(i + 1, $"Make improvement number {i + 1}.", a.To)).ToList();
        var plan = new ActionPlan(inspection);
        for (var i = 0; i < answers.Length; i++)
            plan.ResponseTo(recommendations[i]).Answer(answers[i].Kind, "Our answer.", answers[i].Kind == ResponseKind.PartlyAgreed ? "The part we can do." : null,
                answers[i].Reasons, answers[i].Kind == ResponseKind.Agreed ? null : "Why not in full.");
        return plan;
    }

    private static void Publish(ActionPlan plan, DateOnly submitted)
    {
        plan.Submit(submitted);
        plan.Accept();
        plan.Publish();
    }
}
