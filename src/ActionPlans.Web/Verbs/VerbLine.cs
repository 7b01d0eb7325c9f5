using System.CommandLine;
using ActionPlans.Web.Hosting;

namespace ActionPlans.Web.Verbs;

/// <summary>The command-line verbs of the one executable: `dotnet run --project src/ActionPlans.Web -- VERB …`.</summary>
public static class VerbLine
{
    private static RootCommand Root()
    {
        var root = new RootCommand("ActionPlans: inspection recommendations carried through to delivered change. Without a verb, serves the web service.");
        root.Subcommands.Add(UsersVerb.Command());
        root.Subcommands.Add(ImportVerb.Command());
        root.Subcommands.Add(ExportVerb.Command());
        root.Subcommands.Add(OverdueVerb.Command());
        return root;
    }

    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (Root().Subcommands.Any(c => c.Name == args[0]) || args[0] is "--help" or "-h" or "-?");

    public static Task<int> RunAsync(string[] args) => Root().Parse(args).InvokeAsync();

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
