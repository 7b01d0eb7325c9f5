using ActionPlans.Documents.Reports;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Reports;

public class LooksLikeInspectionReportTests
{
    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void The_report_looks_like_a_report(Copy copy) =>
        Assert.True(InspectionReportReader.LooksLikeInspectionReport(LayoutReport.Text(copy)));

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void No_action_plan_looks_like_a_report(Copy copy) =>
        Assert.All(Layouts.Plans(copy), plan => Assert.False(InspectionReportReader.LooksLikeInspectionReport(Layouts.Read(plan))));

    [Theory]
    [InlineData("")]
    [InlineData("Ratings\nOverall rating\nGood")]
    public void Scraps_do_not_look_like_a_report(string text) =>
        Assert.False(InspectionReportReader.LooksLikeInspectionReport(text));
}
