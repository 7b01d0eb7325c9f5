using System.CommandLine;
using System.Text.Json;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Features.Monitoring.Standings;
using ActionPlans.Web.Infrastructure.Hosting;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>`overdue [--as-of DATE] [--json]`: every overdue action across the plans being delivered.</summary>
public static class OverdueVerb
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Command()
    {
        var asOf = new Option<string?>("--as-of") { Description = "The day to judge on, yyyy-MM-dd (default today)." };
        var json = new Option<bool>("--json") { Description = "Print a JSON list instead of a table." };
        var overdue = new Command("overdue", "List every action whose due date had passed, undelivered, on a day (accepted and published plans), longest overdue first.");
        overdue.Options.Add(asOf);
        overdue.Options.Add(json);
        overdue.SetAction((parse, _) =>
        {
            var text = parse.GetValue(asOf);
            DateOnly? date = null;
            if (text is not null)
            {
                if (!DateWords.TryIso(text, out var asked))
                {
                    Console.Error.WriteLine($"actionplans overdue: --as-of '{text}' is not a date like 2020-06-30.");
                    return Task.FromResult(1);
                }
                date = asked;
            }
            return VerbLine.WithServices(services => RunAsync(services, date ?? services.GetRequiredService<TimeProvider>().TodayInUk(), parse.GetValue(json)), quiet: true);
        });
        return overdue;
    }

    private static async Task<int> RunAsync(IServiceProvider services, DateOnly date, bool json)
    {
        var db = services.GetRequiredService<ActionPlansDb>();
        // Written as read, a batch at a time: the list can run to hundreds of thousands of actions.
        var actions = OverdueActions.AllAsync(db, date);
        if (json)
        {
            var first = true;
            Console.Write("[");
            await foreach (var a in actions)
            {
                Console.Write((first ? "" : ",") + JsonSerializer.Serialize(a, Json));
                first = false;
            }
            Console.WriteLine("]");
            return 0;
        }
        var overdue = (await DeliveryFigures.PerProviderAsync(db, date)).Values.Sum(s => s.Count(DeliveryState.Overdue));
        Console.WriteLine($"{overdue} overdue action(s) as at {DateWords.Iso(date)}");
        await foreach (var a in actions)
            Console.WriteLine($"{DateWords.Iso(a.Due)}  plan {a.Plan}, recommendation {a.Recommendation}  {a.Provider}  [{a.Owner ?? "no owner"}]  {Shorten(a.Text)}");
        return 0;
    }

    private static string Shorten(string text)
    {
        var line = text.Split('\n')[0];
        return line.Length <= 90 ? line : line[..87] + "…";
    }
}
