using ActionPlans.Core.Plans;
using ActionPlans.Documents.Plans;

namespace ActionPlans.Documents.Tests.Fixtures;

/// <summary>What a reading of a plan built from a <see cref="ModelPlan"/> must give back, whatever the file type.</summary>
public static class ModelReading
{
    public static void AssertReadsAs(ModelPlan model, PlanReading reading)
    {
        Assert.Equal((model.Provider, model.Submitted, model.Published), (reading.Provider!, reading.Submitted!.Value, reading.ReportPublished!.Value));
        Assert.Equal(
            model.Recommendations.Select(r => (r.Number, r.Text, r.Addressee, (ResponseKind?)r.Response, string.Join("\n", r.Narrative))),
            reading.Recommendations.Select(r => (r.Number, r.Text, r.Addressee!, r.Response, r.ResponseText)));
        foreach (var (expected, read) in model.Recommendations.Zip(reading.Recommendations))
            Assert.Equal(expected.Actions.Select(a => (a.Text, a.Owner, a.Target)), read.Actions.Select(a => (a.Text, a.Owner!, a.Target!)));
    }
}
