using System.Diagnostics;
using ActionPlans.Core.Tests.Seeds;
using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Publishing;

/// <summary>
/// Time to publish seed plan 000 as Word, PDF and CSV: the first call (what a one-off request pays, loading
/// fonts and warming the JIT) and then the mean over many.
/// </summary>
internal static class RenderBenchmark
{
    public static void Run(int iterations)
    {
        var plan = PublishedPlan.From(PlanReader.Read(SeedDocuments.Read(SeedDocuments.PlanNorthumbria)));
        Console.WriteLine($"seed plan 000: {plan.Recommendations.Count} recommendations, {plan.Recommendations.Sum(r => r.Actions.Count)} actions; {iterations} iterations each");
        Measure("docx", iterations, () => WordPlanWriter.Write(plan).Length);
        Measure("pdf ", iterations, () => PdfPlanWriter.Write(plan).Length);
        Measure("csv ", iterations, () => PlanCsv.Write(plan).Length);
    }

    private static void Measure(string what, int iterations, Func<int> render)
    {
        var clock = Stopwatch.StartNew();
        var size = render();
        var first = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        for (var i = 0; i < iterations; i++) render();
        var mean = clock.Elapsed.TotalMilliseconds / iterations;
        Console.WriteLine($"{what}: first {first,8:N1} ms, then mean {mean,7:N2} ms per file ({size / 1024.0:N0} KB)");
    }
}
