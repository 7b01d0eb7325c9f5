using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ActionPlans.Core.Cases;
using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;

namespace ActionPlans.Web.Features.Cases;

/// <summary>`cases import|figures|sample-size`: an inspection's case sample from the command line.</summary>
public static class CasesVerb
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Command()
    {
        var cases = new Command("cases", "An inspection's case sample: import it from CSV, print its figures, or work out a sample size.");
        cases.Subcommands.Add(Import());
        cases.Subcommands.Add(Figures());
        cases.Subcommands.Add(SampleSize());
        return cases;
    }

    private static Option<int> InspectionOption() => new("--inspection") { Description = "The inspection's id.", Required = true };

    private static Command Import()
    {
        var inspection = InspectionOption();
        var file = new Argument<FileInfo>("FILE") { Description = "The CSV: reference,kind,grade,harm, a column per key question or prompt id, then ogrs,rosh,flags,band." };
        var import = new Command("import", "Replace the inspection's case sample with the cases of a CSV file: all of them, or none when any line is refused.");
        import.Options.Add(inspection);
        import.Arguments.Add(file);
        import.SetAction((parse, _) => VerbLine.WithServices(services => ImportAsync(services, parse.GetValue(inspection), parse.GetValue(file)!), quiet: true));
        return import;
    }

    private static async Task<int> ImportAsync(IServiceProvider services, int inspectionId, FileInfo file)
    {
        if (!file.Exists) return Refuse($"there is no file {file.Name}.");
        // The size is judged before anything is read.
        if (file.Length > CaseSampleCsv.MaxBytes) return Refuse($"{file.Name} is larger than {CaseSampleCsv.Megabytes}; a case sample is at most that.");
        // The audit trail names the person at the command line, as the web names the one signed in.
        await using var db = (ActionPlansDb)ActivatorUtilities.CreateInstance(services, services.GetRequiredService<ActionPlansDb>().GetType(), new NamedAuditActor($"cases import ({Environment.UserName})"));
        if (await InspectionCases.LoadAsync(db, inspectionId) is not { } loaded) return Refuse($"there is no inspection {inspectionId}.");
        var before = loaded.Sample.Cases.Count;
        var problems = await loaded.ImportAsync(db, await File.ReadAllBytesAsync(file.FullName));
        if (problems.Count > 0)
        {
            foreach (var problem in problems) await Console.Error.WriteLineAsync($"{file.Name}, {problem}");
            await Console.Error.WriteLineAsync($"actionplans cases import: nothing imported: {problems.Count} problem(s) in {file.Name}.");
            return 1;
        }
        Console.WriteLine($"{loaded.Sample.Cases.Count} case(s) imported into inspection {inspectionId} of {loaded.Inspection.Provider.Name}, replacing the {before} it had.");
        return 0;
    }

    private static Command Figures()
    {
        var inspection = InspectionOption();
        var json = new Option<bool>("--json") { Description = "Print {\"keyQuestions\":[…],\"prompts\":[…],\"subSamples\":[…]}." };
        var figures = new Command("figures", "Print each key question's and prompt's figure from the case sample: yes of applicable, percentage and margin of error at 80% confidence.");
        figures.Options.Add(inspection);
        figures.Options.Add(json);
        figures.SetAction((parse, _) => VerbLine.WithServices(async services =>
        {
            var db = services.GetRequiredService<ActionPlansDb>();
            if (await InspectionCases.LoadAsync(db, parse.GetValue(inspection)) is not { } loaded) return Refuse($"there is no inspection {parse.GetValue(inspection)}.");
            var all = CaseFigures.BySubSample(loaded.Sample.Cases, loaded.Questions);
            if (parse.GetValue(json))
            {
                var whole = all[0];
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    keyQuestions = whole.KeyQuestions.Select(Figure),
                    prompts = whole.Prompts.Select(Figure),
                    subSamples = all.Skip(1).Select(s => new { name = s.Name, cases = s.Cases, keyQuestions = s.KeyQuestions.Select(Figure), prompts = s.Prompts.Select(Figure) }),
                }, Json));
                return 0;
            }
            Console.WriteLine($"{all[0].Cases} case(s) in the sample of inspection {loaded.Inspection.Id} of {loaded.Inspection.Provider.Name}");
            foreach (var f in all[0].KeyQuestions.Concat(all[0].Prompts))
                Console.WriteLine(f.Percent is { } percent
                    ? $"{f.Id,-8} {f.Yes,4} of {f.Applicable,-4} {percent.ToString("0.0", CultureInfo.InvariantCulture),5}% ± {f.Margin!.Value.ToString("0.0", CultureInfo.InvariantCulture)}"
                    : $"{f.Id,-8}    no case answers it");
            return 0;
        }, quiet: true));
        return figures;
    }

    private static object Figure(QuestionFigure f) => new { id = f.Id, yes = f.Yes, applicable = f.Applicable, percent = f.Percent, margin = f.Margin };

    private static Command SampleSize()
    {
        var population = new Option<int>("--population") { Description = "How many cases the sample is drawn from.", Required = true };
        population.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[0].Value, out var n) && n < 1)
                result.AddError($"--population is the number of cases to sample from, 1 or more, not {n}.");
        });
        var size = new Command("sample-size", "Print the cases to inspect for 80% confidence within 5 points (p = 0.5, finite population correction, rounded up).");
        size.Options.Add(population);
        size.SetAction(parse =>
        {
            Console.WriteLine(SampleStatistics.SampleSize(parse.GetValue(population)).ToString(CultureInfo.InvariantCulture));
            return 0;
        });
        return size;
    }

    private static int Refuse(string message)
    {
        Console.Error.WriteLine($"actionplans cases: {message}");
        return 1;
    }
}
