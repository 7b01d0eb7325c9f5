using System.Globalization;
using System.Text;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Documents.Publishing;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.OpenData;

/// <summary>
/// Every action of the published plans as one CSV (RFC 4180): the per-plan CSV's columns, with the plan and
/// its provider in front so that rows from many plans can be told apart.
/// </summary>
public static class ActionsCsv
{
    /// <summary>Plans read and written at a time: the file is never held whole, only one batch of plans.</summary>
    public const int Batch = 100;

    public static IReadOnlyList<string> Headings { get; } = ["Plan", "Provider", .. PlanCsv.Headings];

    /// <summary>Writes the file to <paramref name="output"/> as the plans are read, a batch at a time in id order.</summary>
    public static async Task WriteAsync(IQueryable<ActionPlan> plans, Stream output, CancellationToken cancel)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        PlanCsv.Row(text, Headings);
        for (var after = 0; ;)
        {
            var batch = await plans.Where(p => p.Id > after).OrderBy(p => p.Id).Take(Batch)
                .Include(p => p.Inspection).ThenInclude(i => i.Provider)
                .Include(p => p.Responses).ThenInclude(r => r.Recommendation)
                .Include(p => p.Responses).ThenInclude(r => r.Actions)
                .AsSplitQuery().AsNoTracking().ToListAsync(cancel);
            foreach (var plan in batch) Rows(text, plan);
            await output.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancel);
            await output.FlushAsync(cancel);
            text.GetStringBuilder().Clear();
            if (batch.Count < Batch) return;
            after = batch[^1].Id;
        }
    }

    private static void Rows(TextWriter csv, ActionPlan plan)
    {
        foreach (var response in plan.Responses.OrderBy(r => r.Recommendation.Number))
            foreach (var action in response.Actions.OrderBy(a => a.Position))
                PlanCsv.Row(csv,
                [
                    plan.Id.ToString(CultureInfo.InvariantCulture),
                    plan.Inspection.Provider.Name,
                    response.Recommendation.Number.ToString(CultureInfo.InvariantCulture),
                    response.Recommendation.Text,
                    response.Kind is { } kind ? kind.Words() : "",
                    action.Text,
                    action.Owner ?? "",
                    action.Target.Text,
                    DateWords.Iso(action.Target.Due),
                    action.CompletedAtSubmission ? "yes" : "no",
                ]);
    }
}
