using System.Diagnostics;
using ActionPlans.Documents.Pdf;
using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Publishing;

/// <summary>
/// PDF reading speed: the seed plans as the service's own PDF export, read over and over from bytes to a plan
/// (PdfPig's words and rules, the line-and-cell text, the plan reader), in pages a second.
/// </summary>
internal static class PdfReadingBenchmark
{
    public static void Run(string[] plans, double seconds)
    {
        var pdfs = plans.Select(p => PdfPlanWriter.Write(PublishedPlan.From(PlanReader.Read(p)))).ToArray();
        var pagesPerRound = pdfs.Sum(p => PdfText.Read(p).Pages);

        var rounds = 0;
        var recommendations = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            foreach (var pdf in pdfs) recommendations += PlanReader.Read(PdfText.Read(pdf).Text).Recommendations.Count;
            rounds++;
        }
        clock.Stop();

        var pages = pagesPerRound * rounds;
        Console.WriteLine($"PDF: {rounds * pdfs.Length:N0} plans ({pages:N0} pages, {recommendations:N0} recommendations) in {clock.Elapsed.TotalSeconds:N2} s: "
            + $"{pages / clock.Elapsed.TotalSeconds:N1} pages/s, {clock.Elapsed.TotalMilliseconds / (rounds * pdfs.Length):N1} ms per plan "
            + $"(the seed plans' PDFs average {pagesPerRound / (double)pdfs.Length:N1} pages, {pdfs.Average(p => p.Length) / 1024:N0} KB)");
    }
}
