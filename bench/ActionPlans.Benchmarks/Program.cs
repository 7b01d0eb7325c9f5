// Run: dotnet run -c Release --project bench/ActionPlans.Benchmarks [seconds]   (reading the seed plans: text in MB/s, PDF in pages/s)
//      dotnet run -c Release --project bench/ActionPlans.Benchmarks -- render [iterations]   (Word, PDF and CSV of seed plan 000)
//      dotnet run -c Release --project bench/ActionPlans.Benchmarks -- delivery [plans]      (delivery across plans, progress report)
//      dotnet run -c Release --project bench/ActionPlans.Benchmarks -- load --urls URL,URL --users 50 --seconds 60 --connection CS
//                                                        (simulated users against running instances; bench/load starts them)
using System.Diagnostics;
using System.Text;
using ActionPlans.Core.Tests.Seeds;
using ActionPlans.Documents.Plans;

if (args is ["render", ..])
{
    RenderBenchmark.Run(args.Length > 1 && int.TryParse(args[1], out var iterations) ? iterations : 200);
    return;
}
if (args is ["load", ..])
{
    Environment.ExitCode = await LoadBenchmark.RunAsync(args);
    return;
}
if (args is ["delivery", ..])
{
    DeliveryBenchmark.Run(args.Length > 1 && int.TryParse(args[1], out var count) ? count : 100);
    return;
}

// Reads the three seed plans over and over and reports throughput: first the cold read a one-off caller
// pays, then the steady state once the JIT has tiered up (which takes a few thousand reads).
var plans = SeedDocuments.Plans.Select(SeedDocuments.Read).ToArray();
var bytesPerRound = plans.Sum(p => Encoding.UTF8.GetByteCount(p));
var seconds = args.Length > 0 && double.TryParse(args[0], out var s) ? s : 3;

var cold = Stopwatch.StartNew();
PlanReader.Read(plans[0]);
Console.WriteLine($"cold first read: {cold.Elapsed.TotalMilliseconds:N1} ms");

Measure("warming up", 3);
Measure("steady state", seconds);
PdfReadingBenchmark.Run(plans, seconds);

void Measure(string what, double forSeconds)
{
    var rounds = 0;
    var recommendations = 0;
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed.TotalSeconds < forSeconds)
    {
        foreach (var plan in plans) recommendations += PlanReader.Read(plan).Recommendations.Count;
        rounds++;
    }
    clock.Stop();

    var megabytes = (double)bytesPerRound * rounds / (1024 * 1024);
    var perPlan = clock.Elapsed.TotalMilliseconds * 1000 / (rounds * plans.Length);
    Console.WriteLine($"{what}: {rounds * plans.Length:N0} plans ({recommendations:N0} recommendations, {megabytes:N1} MB) in {clock.Elapsed.TotalSeconds:N2} s: "
        + $"{megabytes / clock.Elapsed.TotalSeconds:N1} MB/s, {perPlan:N0} µs per plan (seed plans average {bytesPerRound / plans.Length / 1024.0:N1} KB)");
}
