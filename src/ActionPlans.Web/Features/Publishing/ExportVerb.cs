using System.CommandLine;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Core;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Features.Publishing;

using ActionPlans.Web.Infrastructure.Hosting;

namespace ActionPlans.Web.Features.Publishing;

/// <summary>
/// `export PLAN_ID --format docx|pdf|html|json|csv -o FILE`: a stored plan as a document; with
/// `--progress-as-at yyyy-MM-dd`, the plan's progress report as at that day instead (docx, pdf, html or json).
/// </summary>
public static class ExportVerb
{
    public static Command Command()
    {
        var id = new Argument<int>("PLAN_ID") { Description = "The plan's id, as `import --json` prints it." };
        var format = new Option<string>("--format") { Description = "docx, pdf, html, json or csv (a progress report: docx, pdf, html or json).", Required = true };
        var output = new Option<FileInfo>("-o", "--output") { Description = "The file to write.", Required = true };
        var progress = new Option<string?>("--progress-as-at") { Description = "Write the plan's progress report as at this day, yyyy-MM-dd, instead of the plan." };
        var export = new Command("export", "Write a plan in the standard layout (Word, PDF, HTML) or as data (JSON, CSV), or its progress report as at a day.");
        export.Arguments.Add(id);
        export.Options.Add(format);
        export.Options.Add(output);
        export.Options.Add(progress);
        export.SetAction((parse, _) =>
        {
            var formatText = parse.GetValue(format);
            var dayText = parse.GetValue(progress);
            if (dayText is null)
            {
                if (PlanExport.TryParse(formatText, out var chosen))
                    return VerbLine.WithServices(services => RunAsync(services, parse.GetValue(id), chosen, parse.GetValue(output)!), quiet: true);
                Console.Error.WriteLine($"actionplans export: --format '{formatText}' is not one of docx, pdf, html, json, csv.");
                return Task.FromResult(1);
            }
            if (!DateWords.TryIso(dayText, out var day))
            {
                Console.Error.WriteLine($"actionplans export: --progress-as-at '{dayText}' is not a date like 2025-12-31.");
                return Task.FromResult(1);
            }
            if (!ProgressReports.TryParse(formatText, out var reportFormat))
            {
                Console.Error.WriteLine($"actionplans export: --format '{formatText}' is not one of docx, pdf, html, json for a progress report.");
                return Task.FromResult(1);
            }
            return VerbLine.WithServices(services => RunProgressAsync(services, parse.GetValue(id), day, reportFormat, parse.GetValue(output)!), quiet: true);
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
        if (!await WriteAsync(file, output)) return 1;
        await Console.Error.WriteLineAsync($"Wrote plan {id} ({plan.Inspection.Provider.Name}, {plan.Status.Words()}) as {format.ToString().ToLowerInvariant()} to {output.FullName} ({file.Content.Length:N0} bytes).");
        return 0;
    }

    private static async Task<int> RunProgressAsync(IServiceProvider services, int id, DateOnly day, ExportFormat format, FileInfo output)
    {
        var plan = await ProgressReports.LoadPlanAsync(services.GetRequiredService<ActionPlansDb>(), id);
        if (plan is null)
        {
            await Console.Error.WriteLineAsync($"actionplans export: there is no plan {id} being delivered (accepted or published).");
            return 1;
        }
        PlanExport.File file;
        try
        {
            file = ProgressReports.Render(ProgressReports.AsAt(plan, day, services.GetRequiredService<TimeProvider>().TodayInUk(), services.GetRequiredService<DeliverySettings>().DueSoon), format);
        }
        catch (DomainRuleException e)
        {
            await Console.Error.WriteLineAsync($"actionplans export: {e.Message}");
            return 1;
        }
        if (!await WriteAsync(file, output)) return 1;
        await Console.Error.WriteLineAsync($"Wrote the progress report of plan {id} ({plan.Inspection.Provider.Name}) as at {DateWords.Iso(day)} as {format.ToString().ToLowerInvariant()} to {output.FullName} ({file.Content.Length:N0} bytes).");
        return 0;
    }

    private static async Task<bool> WriteAsync(PlanExport.File file, FileInfo output)
    {
        try
        {
            await File.WriteAllBytesAsync(output.FullName, file.Content);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"actionplans export: cannot write {output.FullName}: {e.Message}");
            return false;
        }
    }
}
