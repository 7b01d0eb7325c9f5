using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.TargetDates;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Api;

/// <summary>
/// More inspections and plans than a page holds, spread over three providers and the years 2019 to 2024, each plan
/// in the status it is given; half of them have a second recommendation, addressed to HMPPS.
/// </summary>
internal static class ManyPlans
{
    public static readonly string[] Providers = ["Northfield CRC", "Southmoor CRC", "Westvale CRC"];
    public const string OtherBody = "HM Prison and Probation Service";

    /// <summary>The provider and report year of the <paramref name="n"/>th plan added.</summary>
    public static (string Provider, int Year) Of(int n) => (Providers[n % Providers.Length], 2019 + n % 6);

    public static bool AddressesOtherBody(int n) => n % 4 < 2;

    public static async Task AddAsync(ActionPlansDb db, int count, Func<int, PlanStatus> status, Func<int, DateOnly?>? published = null)
    {
        var providers = new List<Organisation>();
        foreach (var name in Providers)
            providers.Add(await db.Organisations.SingleOrDefaultAsync(o => o.Name == name) ?? new Organisation(name, OrganisationKind.CommunityRehabilitationCompany));
        var hmpps = await db.Organisations.SingleOrDefaultAsync(o => o.Name == OtherBody) ?? new Organisation(OtherBody, OrganisationKind.Hmpps);
        for (var n = 0; n < count; n++)
        {
            var (_, year) = Of(n);
            var reported = published is null ? new DateOnly(year, 3, 1).AddDays(n) : published(n);
            var inspection = new Inspection(providers[n % providers.Count], InspectionKind.CrcInspection, null, reported);
            var first = inspection.Recommend(1, $"Improve risk assessments ({n}).", inspection.Provider);
            if (AddressesOtherBody(n)) inspection.Recommend(2, $"Fund the training ({n}).", hmpps);
            db.Inspections.Add(inspection);
            var plan = new ActionPlan(inspection);
            var response = plan.ResponseTo(first);
            response.Answer(ResponseKind.Agreed, "Agreed.");
            response.AddAction($"Audit cases, batch {n}.", "Head of quality", TargetDate.Parse("December 2025"));
            if (n % 2 == 0) response.AddAction($"Train staff, batch {n}.", "Learning lead", TargetDate.Parse("March 2026"));
            var wanted = status(n);
            if (wanted != PlanStatus.Draft)
            {
                plan.Submit(new DateOnly(year, 4, 1));
                if (wanted == PlanStatus.Returned) plan.Return();
                if (wanted is PlanStatus.Accepted or PlanStatus.Published) plan.Accept();
                if (wanted == PlanStatus.Published) plan.Publish();
            }
            db.Plans.Add(plan);
        }
        await db.SaveChangesAsync();
    }
}
