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
        var files = new Argument<FileInfo[]>("FILE") { Description = "Action plans or inspection reports (text as published, a Word plan or a PDF).", Arity = ArgumentArity.OneOrMore };
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
        // Nothing is kept from one file to the next (each is read, stored and reported, then let go), so thousands of
        // files take no more memory than one: messages go out as they come and so does the JSON of several files.
        var failures = 0;
        // Progress and messages go to standard error, so that --json output stays clean.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        // Redirected, a message stays on one line, whatever its length.
        if (!console.Profile.Capabilities.Interactive) console.Profile.Width = int.MaxValue;
        await using var combined = json && files.Length > 1 ? new CombinedJson() : null;

        async Task ImportOne(FileInfo file)
        {
            using var scope = services.CreateScope();
            var importer = new DocumentImport(scope.ServiceProvider.GetRequiredService<ActionPlansDb>(), new NamedAuditActor($"import ({Environment.UserName})"), scope.ServiceProvider.GetRequiredService<TimeProvider>());
            try
            {
                if (!file.Exists) throw new ImportRefused(file.Name, null, "No such file.");
                if (file.Length > Documents.DocumentLimits.MaxBytes) throw RecognisedDocument.TooLarge(file.Name, file.Length);
                var result = await importer.ImportAsync(file.FullName, await File.ReadAllBytesAsync(file.FullName), dryRun, status);
                console.WriteLine(result.Describe());
                foreach (var warning in result.Warnings) console.WriteLine($"  warning, {result.Document.Where(warning.Line)}: {warning.Message}");
                if (combined is not null) await combined.AddAsync(result);
                else if (json) Console.WriteLine(result.Json);
            }
            catch (ImportRefused refused)
            {
                failures++;
                console.WriteLine($"not imported: {refused.Message}");
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

        if (combined is not null) await combined.EndAsync();
        else if (json && failures > 0) Console.WriteLine("{\"plans\":[]}");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// <c>{"plans":[…],"reports":[…]}</c> for several files, written as each is read: plans straight to standard output,
    /// reports to a temporary file until the plans are all out.
    /// </summary>
    private sealed class CombinedJson : IAsyncDisposable
    {
        private readonly FileStream _reports = new(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose);
        private readonly StreamWriter _reportText;
        private int _plans;
        private int _reportCount;

        public CombinedJson()
        {
            _reportText = new StreamWriter(_reports);
            Console.Write("{\"plans\":[");
        }

        public async Task AddAsync(ImportResult result)
        {
            if (result.Document.Kind == DocumentKind.ActionPlan) Console.Write((_plans++ > 0 ? "," : "") + result.Json);
            else await _reportText.WriteAsync((_reportCount++ > 0 ? "," : "") + result.Json);
        }

        public async Task EndAsync()
        {
            Console.Write("]");
            if (_reportCount > 0)
            {
                await _reportText.FlushAsync();
                _reports.Position = 0;
                Console.Write(",\"reports\":[");
                await Console.Out.FlushAsync();
                await _reports.CopyToAsync(Console.OpenStandardOutput());
                Console.Write("]");
            }
            Console.WriteLine("}");
        }

        public async ValueTask DisposeAsync() => await _reportText.DisposeAsync();
    }
}
