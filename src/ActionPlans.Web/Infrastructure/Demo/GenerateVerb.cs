using System.CommandLine;
using System.Diagnostics;
using ActionPlans.Web.Infrastructure.Hosting;
using Spectre.Console;

namespace ActionPlans.Web.Infrastructure.Demo;

/// <summary>`generate --plans N [--seed S]`: fills the configured database with invented plans and their history, for trying the service at scale.</summary>
public static class GenerateVerb
{
    public static Command Command()
    {
        var plans = new Option<int>("--plans")
        {
            Description = "How many accepted or published plans to add (about 14 actions each).",
            Required = true,
        };
        plans.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError($"--plans must be a whole number of at least 1, not {result.Tokens.FirstOrDefault()?.Value}.");
        });
        var seed = new Option<int>("--seed") { Description = "The same seed makes the same plans (on the same day).", DefaultValueFactory = _ => 1 };
        var generate = new Command("generate",
            "Add invented plans to the configured database with everything years of use bring: providers, inspections, ratings, "
            + "recommendations, responses, actions with every form of target, updates, revised targets, evidence and accounts "
            + $"(password {Generation.Password}). Generated data is not an audited change: no audit entries are written for it.");
        generate.Options.Add(plans);
        generate.Options.Add(seed);
        generate.SetAction((parse, cancellation) => VerbLine.WithServices(
            services => RunAsync(services, parse.GetValue(plans), parse.GetValue(seed), cancellation), quiet: true));
        return generate;
    }

    private static async Task<int> RunAsync(IServiceProvider services, int plans, int seed, CancellationToken cancellation)
    {
        var generation = ActivatorUtilities.CreateInstance<Generation>(services);
        var clock = Stopwatch.StartNew();
        GeneratedCounts counts;
        if (AnsiConsole.Profile.Capabilities.Interactive)
            counts = await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Generating plans", maxValue: plans);
                return await generation.RunAsync(plans, seed, (done, _) => task.Value = done, cancellation);
            });
        else
        {
            // Redirected output gets a whole line now and then rather than a redrawn bar.
            AnsiConsole.Profile.Width = int.MaxValue;
            counts = await generation.RunAsync(plans, seed, (done, sofar) =>
            {
                if (done % (Generation.BatchSize * 10) == 0 || done == plans)
                    AnsiConsole.WriteLine($"{done:N0} of {plans:N0} plans, {sofar.Actions:N0} actions, {clock.Elapsed:hh\\:mm\\:ss}");
            }, cancellation);
        }

        AnsiConsole.WriteLine($"Generated {counts.Plans:N0} plans, {counts.Recommendations:N0} recommendations, {counts.Actions:N0} actions, "
            + $"{counts.Updates:N0} updates, {counts.Revisions:N0} revised targets, {counts.Evidence:N0} pieces of evidence in {clock.Elapsed.TotalSeconds:N1} s.");
        return 0;
    }
}
