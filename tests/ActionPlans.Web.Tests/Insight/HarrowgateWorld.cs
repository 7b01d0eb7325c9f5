using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Recommendations;
using ActionPlans.Core.TargetDates;
using ActionPlans.Web.Infrastructure.Persistence;

namespace ActionPlans.Web.Tests.Insight;

/// <summary>
/// A small invented history, counted by hand in the tests: Harrowgate CRC inspected in 2019, 2021 and 2023 (each
/// report judging progress on the one before), and once more in a report not yet published. The 2019 plan is published
/// with some actions delivered; the 2021 plan is a draft; the unpublished inspection has a draft plan too.
/// </summary>
internal static class HarrowgateWorld
{
    public const string Provider = "Harrowgate CRC";
    public static readonly DateOnly Today = new(2024, 6, 30);
    public static readonly DateOnly Delivered = new(2019, 11, 1);

    public static async Task AddAsync(ActionPlansDb db)
    {
        var crc = new Organisation(Provider, OrganisationKind.CommunityRehabilitationCompany);
        var hmpps = new Organisation("HM Prison and Probation Service", OrganisationKind.Hmpps);
        var moj = new Organisation("Ministry of Justice", OrganisationKind.MinistryOfJustice);

        var first = new Inspection(crc, InspectionKind.CrcInspection, null, new DateOnly(2019, 5, 10));
        var assess = first.Recommend(1, "Harrowgate CRC should review every risk assessment when a person's circumstances change.", crc);
        var caseloads = first.Recommend(2, "Harrowgate CRC should reduce caseloads and train new staff before they hold cases.", crc);
        var release = first.Recommend(3, "HM Prison and Probation Service should share release information with the CRC.", hmpps);
        var centre = first.Recommend(4, "Harrowgate CRC should open a reporting centre in the north of the county.", crc);
        db.Inspections.Add(first);

        var plan = new ActionPlan(first);
        Answer(plan, assess, ResponseKind.Agreed, "Review assessments at each change.", "Audit twenty cases a month.");
        Answer(plan, caseloads, ResponseKind.Agreed, "Cap caseloads.");
        Answer(plan, release, ResponseKind.Agreed, "Send release dates ten days ahead.");
        Answer(plan, centre, ResponseKind.NotAgreed);
        plan.Submit(new DateOnly(2019, 6, 1));
        plan.Accept();
        plan.Publish();
        // Delivered: the first action for the assessments (not the second) and the one for caseloads; not the release dates.
        foreach (var response in plan.Responses.Where(r => r.Recommendation == assess || r.Recommendation == caseloads))
            new ActionProgress(plan, response.Actions[0]).Record(new UpdateContent(Delivered, DeliveryStatus.Completed, "Done.", "owner@test", Delivered), Today);
        db.Plans.Add(plan);

        var second = new Inspection(crc, InspectionKind.CrcInspection, null, new DateOnly(2021, 6, 1));
        second.RecordPreviousRecommendation(1, assess.Text, ProgressJudgement.None, assess);
        second.RecordPreviousRecommendation(2, caseloads.Text, ProgressJudgement.Sufficient, caseloads);
        second.RecordPreviousRecommendation(3, release.Text, ProgressJudgement.Some, release);
        second.RecordPreviousRecommendation(4, centre.Text, ProgressJudgement.None, centre);
        second.RecordPreviousRecommendation(5, "A recommendation of a report before the service began.", ProgressJudgement.Some);
        foreach (var (original, judged) in new[] { (assess, ProgressJudgement.None), (caseloads, ProgressJudgement.Sufficient), (release, ProgressJudgement.Some), (centre, ProgressJudgement.None) })
            original.Judge(judged);
        var reviewed = second.Recommend(1, "Harrowgate CRC should make sure risk assessments are reviewed.", crc, repeatedFrom: assess);
        var oversight = second.Recommend(2, "Harrowgate CRC should improve management oversight of cases.", crc);
        oversight.MarkRepeated(null);
        var placements = second.Recommend(3, "The Ministry of Justice should fund unpaid work placements.", moj);
        db.Inspections.Add(second);
        var draft = new ActionPlan(second);
        Answer(draft, reviewed, ResponseKind.Agreed, "Check reviews weekly.");
        db.Plans.Add(draft);

        var third = new Inspection(crc, InspectionKind.CrcInspection, null, new DateOnly(2023, 3, 1));
        third.RecordPreviousRecommendation(1, reviewed.Text, ProgressJudgement.None, reviewed);
        third.RecordPreviousRecommendation(2, oversight.Text, ProgressJudgement.Some, oversight);
        third.RecordPreviousRecommendation(3, placements.Text, ProgressJudgement.Sufficient, placements);
        reviewed.Judge(ProgressJudgement.None);
        oversight.Judge(ProgressJudgement.Some);
        placements.Judge(ProgressJudgement.Sufficient);
        var harm = third.Recommend(1, "Harrowgate CRC should make sure the risk of harm is assessed in every case.", crc, repeatedFrom: reviewed);
        db.Inspections.Add(third);

        // Not published: nothing of it is counted.
        var unpublished = new Inspection(crc, InspectionKind.CrcInspection, null, null);
        unpublished.RecordPreviousRecommendation(1, harm.Text, ProgressJudgement.Sufficient, harm);
        var unpaid = unpublished.Recommend(1, "Harrowgate CRC should train staff to deliver unpaid work.", crc, repeatedFrom: harm);
        db.Inspections.Add(unpublished);
        var unpublishedPlan = new ActionPlan(unpublished);
        Answer(unpublishedPlan, unpaid, ResponseKind.Agreed, "Train supervisors.");
        db.Plans.Add(unpublishedPlan);

        await db.SaveChangesAsync();
    }

    private static void Answer(ActionPlan plan, Recommendation recommendation, ResponseKind kind, params string[] actions)
    {
        var response = plan.ResponseTo(recommendation);
        response.Answer(kind, kind == ResponseKind.NotAgreed ? "Not affordable." : "Agreed.");
        foreach (var action in actions) response.AddAction(action, "Head of operations", TargetDate.Parse("December 2019"));
    }
}
