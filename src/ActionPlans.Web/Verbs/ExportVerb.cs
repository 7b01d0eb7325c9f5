using System.CommandLine;
using ActionPlans.Web.Persistence;
using ActionPlans.Web.Publishing;

namespace ActionPlans.Web.Verbs;

/// <summary>`export PLAN_ID --format docx|pdf|html|json|csv -o FILE`: a stored plan as a document.</summary>
public static class ExportVerb
{
    public static Command Command()
    {
        var id = new Argument<int>("PLAN_ID") { Description = "The plan's id, as `import --json` prints it." };
        var format = new Option<string>("--format") { Description = "docx, pdf, html, json or csv.", Required = true };
        var output = new Option<FileInfo>("-o", "--output") { Description = "The file to write.", Required = true };
        var export = new Command("export", "Write a plan in the standard layout (Word, PDF, HTML) or as data (JSON, CSV).");
        export.Arguments.Add(id);
        export.Options.Add(format);
        export.Options.Add(output);
        export.SetAction((parse, _) =>
        {
            var formatText = parse.GetValue(format);
            if (!PlanExport.TryParse(formatText, out var chosen))
            {
                Console.Error.WriteLine($"actionplans export: --format '{formatText}' is not one of docx, pdf, html, json, csv.");
                return Task.FromResult(1);
            }
            return VerbLine.WithServices(services => RunAsync(services, parse.GetValue(id), chosen, parse.GetValue(output)!), quiet: true);
        });
        return export;
    }

    private static async Task<int> RunAsync(IServiceProvider services, int id, ExportFormat format, FileInfo output)
    {
        var plan = await PlanExport.LoadAsync(services.GetRequiredService<ActionPlansDb>(), id);
        if (plan is null)
        {
            await Console.Error.WriteLineAsync($"actionplans export: there is no plan {id}.");
            return 1;
        }
        var file = PlanExport.Render(plan, format);
        try
        {
            await File.WriteAllBytesAsync(output.FullName, file.Content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"actionplans export: cannot write {output.FullName}: {e.Message}");
            return 1;
        }
        await Console.Error.WriteLineAsync($"Wrote plan {id} ({plan.Inspection.Provider.Name}, {plan.Status}) as {format.ToString().ToLowerInvariant()} to {output.FullName} ({file.Content.Length:N0} bytes).");
        return 0;
    }
}
