using ActionPlans.Core.Tests.Seeds;
using ActionPlans.Documents.Reports;

namespace ActionPlans.Documents.Tests.Reports;

public class LooksLikeInspectionReportTests
{
    [SkippableFact]
    public void The_report_looks_like_a_report() =>
        Assert.True(InspectionReportReader.LooksLikeInspectionReport(NorthumbriaReport.Text));

    [SkippableFact]
    public void No_action_plan_looks_like_a_report() =>
        Assert.All(SeedDocuments.Plans, plan => Assert.False(InspectionReportReader.LooksLikeInspectionReport(SeedDocuments.Read(plan))));

    [Theory]
    [InlineData("")]
    [InlineData("Ratings\nOverall rating\nGood")]
    public void Scraps_do_not_look_like_a_report(string text) =>
        Assert.False(InspectionReportReader.LooksLikeInspectionReport(text));
}
