using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Recommendations;
using ActionPlans.Core.TargetDates;

namespace ActionPlans.Core.Tests.Progress;

/// <summary>A published plan submitted on 20 January 2019, to hang actions on.</summary>
internal sealed class MonitoredPlan
{
    public static readonly DateOnly Submitted = new(2019, 1, 20);

    public MonitoredPlan(Organisation? provider = null, bool publish = true)
    {
        Provider = provider ?? new Organisation("Fenmoor and Dales CRC", OrganisationKind.CommunityRehabilitationCompany);
        var inspection = new Inspection(Provider, InspectionKind.CrcInspection, new DateOnly(2018, 10, 1), new DateOnly(2019, 1, 10));
        First = inspection.Recommend(1, "Improve the quality of risk assessments.", Provider);
        Second = inspection.Recommend(2, "Make sure staff have manageable workloads.", Provider);
        Plan = new ActionPlan(inspection);
        if (!publish) return;
        Plan.Submit(Submitted);
        Plan.Accept();
        Plan.Publish();
    }

    public Organisation Provider { get; }
    public Recommendation First { get; }
    public Recommendation Second { get; }
    public ActionPlan Plan { get; }

    public ActionProgress Action(string target, Recommendation? under = null)
    {
        var action = Plan.ResponseTo(under ?? First).AddAction("Audit twenty cases a month.", "Head of quality", TargetDate.Parse(target));
        return new ActionProgress(Plan, action);
    }

    public static DateOnly D(int y, int m, int d) => new(y, m, d);

    /// <summary>Records an update dated <paramref name="on"/> as if entered that day.</summary>
    public static void Report(ActionProgress progress, DateOnly on, DeliveryStatus status, DateOnly? completedOn = null) =>
        progress.Record(new UpdateContent(on, status, $"{status} as at {on}.", "owner@demo.test", completedOn), today: on);

    public static void Complete(ActionProgress progress, DateOnly on, DateOnly? reportedOn = null) =>
        Report(progress, reportedOn ?? on, DeliveryStatus.Completed, on);
}
