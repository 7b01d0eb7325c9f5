using System.CommandLine;
using System.Text.Json;
using ActionPlans.Core;
using ActionPlans.Core.Allocation;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Infrastructure.Persistence;

namespace ActionPlans.Web.Features.Allocation;

/// <summary>`allocation band --provider P --ogrs N --rosh low|medium [--flag F]… [--json] [--on DATE]`: one case against its provider's guidance.</summary>
public static class AllocationVerb
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Command()
    {
        var provider = new Option<string>("--provider") { Description = "The provider, by any of its names (\"Northumbria CRC\").", Required = true };
        var ogrs = new Option<string>("--ogrs") { Description = "The case's OGRS 3 score, 0 to 100.", Required = true };
        var rosh = new Option<string>("--rosh") { Description = "The case's risk of serious harm: low or medium.", Required = true };
        var flags = new Option<string[]>("--flag") { Description = "A flag of the guidance the case has (such as domestic-abuse); once per flag." };
        var json = new Option<bool>("--json") { Description = "Print {\"band\",\"rule\",\"consider\",\"grade\"} as JSON instead of a sentence." };
        var on = new Option<string?>("--on") { Description = "The day of the allocation, yyyy-MM-dd, which chooses the guidance in force (default today)." };
        var band = new Command("band", "The colour band, the rule that decides it, notes to consider and the grade of officer the provider's guidance expects for a case.");
        foreach (var option in new Option[] { provider, ogrs, rosh, flags, json, on }) band.Options.Add(option);
        band.SetAction((parse, _) =>
        {
            OgrsScore score;
            RiskOfSeriousHarm harm;
            DateOnly? day = null;
            try
            {
                score = OgrsScore.Parse(parse.GetValue(ogrs)!);
                harm = RiskWords.SeriousHarm(parse.GetValue(rosh)!);
            }
            catch (DomainRuleException refused)
            {
                return Task.FromResult(Refuse(refused));
            }
            if (parse.GetValue(on) is { } text)
            {
                if (!DateWords.TryIso(text, out var asked)) return Task.FromResult(Refuse($"--on: '{text}' is not a date like 2019-09-16."));
                day = asked;
            }
            return VerbLine.WithServices(services => AnswerAsync(services, parse.GetValue(provider)!, score, harm, parse.GetValue(flags) ?? [],
                day ?? services.GetRequiredService<TimeProvider>().TodayInUk(), parse.GetValue(json)), quiet: true);
        });
        var allocation = new Command("allocation", "Check case allocation against a provider's allocation guidance.");
        allocation.Subcommands.Add(band);
        return allocation;
    }

    private static async Task<int> AnswerAsync(IServiceProvider services, string provider, OgrsScore ogrs, RiskOfSeriousHarm rosh, string[] flags, DateOnly day, bool json)
    {
        AllocationGuidance guidance;
        ExpectedAllocation answer;
        try
        {
            guidance = await StoredGuidances.ForAsync(services.GetRequiredService<ActionPlansDb>(), provider, day);
            answer = guidance.Allocate(ogrs, rosh, flags);
        }
        catch (DomainRuleException refused)
        {
            return Refuse(refused);
        }
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { band = answer.Band, rule = answer.Rule, consider = answer.Consider, grade = answer.Grade.ToString() }, Json));
            return 0;
        }
        Console.WriteLine($"{answer.Band}, by the rule \"{answer.Rule}\", held by a {answer.Grade}{(answer.Grade == OfficerGrade.PSO ? " or a PO" : $" ({answer.GradeRule})")}, under {guidance.Name}'s guidance of {ShippedGuidances.Span(guidance)}.");
        foreach (var note in answer.Consider) Console.WriteLine(note);
        return 0;
    }

    private static int Refuse(DomainRuleException refused) =>
        Refuse(refused.About switch
        {
            "ogrs" => "--ogrs: ",
            "rosh" => "--rosh: ",
            "flags" => "--flag: ",
            "provider" => "--provider: ",
            _ => "",
        } + refused.Message);

    private static int Refuse(string message)
    {
        Console.Error.WriteLine($"actionplans allocation band: {message}");
        return VerbLine.Unknown;
    }
}
