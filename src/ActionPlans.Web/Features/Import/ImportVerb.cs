using System.CommandLine;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Features.Import;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using Spectre.Console;

using ActionPlans.Web.Infrastructure.Hosting;

using ActionPlans.Web.Infrastructure.Persistence;

namespace ActionPlans.Web.Features.Import;

/// <summary>`import FILE… [--dry-run] [--json] [--status S]`: brings published plans and inspection reports in.</summary>
public static class ImportVerb
{
    public static Command Command()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Action plans or inspection reports (text as published).", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and check everything, store nothing." };
        var json = new Option<bool>("--json") { Description = "Print what was read as JSON on standard output." };
        var status = new Option<PlanStatus>("--status") { Description = "The status imported plans enter with.", DefaultValueFactory = _ => PlanStatus.Published };
        var import = new Command("import", "Import published action plans and inspection reports; the kind is told from the content.");
        import.Arguments.Add(files);
        import.Options.Add(dryRun);
        import.Options.Add(json);
        import.Options.Add(status);
        import.SetAction((parse, _) => VerbLine.WithServices(
            services => RunAsync(services, parse.GetValue(files)!, parse.GetValue(dryRun), parse.GetValue(json), parse.GetValue(status)), quiet: true));
        return import;
    }

    private static async Task<int> RunAsync(IServiceProvider services, FileInfo[] files, bool dryRun, bool json, PlanStatus status)
    {
        var results = new List<ImportResult>();
        var messages = new List<string>();
        var failures = 0;
        // Progress and messages go to standard error, so that --json output stays clean.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

        async Task ImportOne(FileInfo file)
        {
            using var scope = services.CreateScope();
            var importer = new DocumentImport(scope.ServiceProvider.GetRequiredService<ActionPlansDb>(), new NamedAuditActor($"import ({Environment.UserName})"), scope.ServiceProvider.GetRequiredService<TimeProvider>());
            try
            {
                if (!file.Exists) throw new ImportRefused(file.Name, null, "No such file.");
                if (file.Length > Documents.DocumentLimits.MaxBytes) throw RecognisedDocument.TooLarge(file.Name, file.Length);
                var result = await importer.ImportAsync(file.FullName, await File.ReadAllBytesAsync(file.FullName), dryRun, status);
                results.Add(result);
                messages.Add(result.Describe());
                messages.AddRange(result.Warnings.Select(w => $"  warning, line {w.Line}: {w.Message}"));
            }
            catch (ImportRefused refused)
            {
                failures++;
                messages.Add($"not imported: {refused.Message}");
            }
        }

        if (files.Length > 1)
            await console.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Importing", maxValue: files.Length);
                foreach (var file in files)
                {
                    task.Description = file.Name;
                    await ImportOne(file);
                    task.Increment(1);
                }
            });
        else await ImportOne(files[0]);

        foreach (var message in messages) await Console.Error.WriteLineAsync(message);
        if (json) Console.WriteLine(files.Length == 1 && results.Count == 1 ? results[0].Json : Combined(results));
        return failures == 0 ? 0 : 1;
    }

    private static string Combined(IEnumerable<ImportResult> results)
    {
        var plans = results.Where(r => r.Document.Kind == DocumentKind.ActionPlan).Select(r => r.Json);
        var reports = results.Where(r => r.Document.Kind == DocumentKind.InspectionReport).Select(r => r.Json).ToList();
        return $"{{\"plans\":[{string.Join(",", plans)}]{(reports.Count > 0 ? $",\"reports\":[{string.Join(",", reports)}]" : "")}}}";
    }
}
