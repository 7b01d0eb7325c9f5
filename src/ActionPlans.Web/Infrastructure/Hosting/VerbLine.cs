using System.CommandLine;
using System.CommandLine.Help;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Features.Allocation;
using ActionPlans.Web.Features.Cases;
using ActionPlans.Web.Features.Import;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Features.Publishing;
using ActionPlans.Web.Infrastructure.Demo;

namespace ActionPlans.Web.Infrastructure.Hosting;

/// <summary>The command-line verbs of the one executable: `dotnet run --project src/ActionPlans.Web -- VERB …`.</summary>
public static class VerbLine
{
    /// <summary>The exit code of a command line that names no verb or option the executable knows.</summary>
    public const int Unknown = 2;

    private static RootCommand Root()
    {
        var root = new RootCommand("ActionPlans: inspection recommendations carried through to delivered change. Without a verb, serves the web service (settings as --Key=Value, --no-demo to start empty).");
        root.Subcommands.Add(UsersVerb.Command());
        root.Subcommands.Add(ImportVerb.Command());
        root.Subcommands.Add(ExportVerb.Command());
        root.Subcommands.Add(OverdueVerb.Command());
        root.Subcommands.Add(GenerateVerb.Command());
        root.Subcommands.Add(AllocationVerb.Command());
        root.Subcommands.Add(CasesVerb.Command());
        foreach (var argument in Commands(root).SelectMany(c => c.Arguments)) argument.Validators.Add(RefuseOptionsAsValues);
        return root;
    }

    /// <summary>
    /// Only a command line without a verb serves: nothing at all, or the service's own settings.
    /// Anything else (a verb, help, or a word that is neither) goes to the verbs, which refuse what they do not know.
    /// </summary>
    public static bool IsVerb(string[] args) => args.Length > 0 && !ServiceArguments.AreAll(args);

    public static async Task<int> RunAsync(string[] args)
    {
        // A line that starts with the service's settings is refused for its first stray word alone, not for the settings too.
        var parse = Root().Parse(args[0].StartsWith('-') ? [ServiceArguments.FirstStray(args)!] : args);
        if (parse.Errors.Count == 0 || parse.Action is HelpAction) return await parse.InvokeAsync();
        // The errors, then the usage of the verb (or the list of verbs), all on standard error.
        await parse.InvokeAsync(new InvocationConfiguration { Output = Console.Error });
        return Unknown;
    }

    /// <summary>An argument (such as a file name) that looks like an option is a mistyped or misplaced option, not a value.</summary>
    private static void RefuseOptionsAsValues(System.CommandLine.Parsing.ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
            result.AddError($"'{token.Value}' is not an option of {(result.Parent as System.CommandLine.Parsing.CommandResult)?.Command.Name}; a file whose name starts with '-' is written ./{token.Value}.");
    }

    private static IEnumerable<Command> Commands(Command command) => command.Subcommands.SelectMany(Commands).Prepend(command);

    /// <summary>Runs a verb's work against the configured database, reporting bad settings as one line.</summary>
    internal static async Task<int> WithServices(Func<IServiceProvider, Task<int>> work, bool quiet = false)
    {
        try
        {
            // Verbs keep standard output for their results; the service's own log goes quiet.
            var app = ServiceApp.Build(["--no-demo"], quiet ? new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" } : null);
            await ServiceApp.PrepareAsync(app);
            using var scope = app.Services.CreateScope();
            return await work(scope.ServiceProvider);
        }
        catch (StartupFailure failure)
        {
            await Console.Error.WriteLineAsync($"actionplans: {failure.Message}");
            return 2;
        }
    }
}
