using System.Text;
using System.Text.Json.Nodes;
using ActionPlans.Core.Plans;
using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Publishing;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Publishing;

public enum ExportFormat
{
    Docx,
    Pdf,
    Html,
    Json,
    Csv,
}

/// <summary>A stored plan in the documents people exchange: the standard layout as Word, PDF, HTML, and as data.</summary>
public static class PlanExport
{
    public sealed record File(byte[] Content, string ContentType, string FileName);

    public static Task<ActionPlan?> LoadAsync(ActionPlansDb db, int id) => db.Plans
        .Include(p => p.Inspection).ThenInclude(i => i.Provider)
        .Include(p => p.Responses).ThenInclude(r => r.Recommendation).ThenInclude(r => r.Addressee)
        .Include(p => p.Responses).ThenInclude(r => r.Actions)
        .AsSplitQuery()
        .FirstOrDefaultAsync(p => p.Id == id);

    public static bool TryParse(string? text, out ExportFormat format) =>
        Enum.TryParse(text, ignoreCase: true, out format) && Enum.IsDefined(format);

    public static File Render(ActionPlan plan, ExportFormat format)
    {
        var name = $"action-plan-{plan.Id}";
        return format switch
        {
            ExportFormat.Docx => new File(WordPlanWriter.Write(Published(plan)), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx"),
            ExportFormat.Pdf => new File(PdfPlanWriter.Write(Published(plan)), "application/pdf", name + ".pdf"),
            ExportFormat.Html => new File(Encoding.UTF8.GetBytes(HtmlPlanWriter.Write(Published(plan))), "text/html; charset=utf-8", name + ".html"),
            ExportFormat.Csv => new File(Encoding.UTF8.GetBytes(PlanCsv.Write(Published(plan))), "text/csv; charset=utf-8", name + ".csv"),
            _ => new File(Encoding.UTF8.GetBytes(Json(plan)), "application/json; charset=utf-8", name + ".json"),
        };
    }

    /// <summary>The plan as its documents show it, recommendations in number order and actions in theirs.</summary>
    public static PublishedPlan Published(ActionPlan plan) => new(
        plan.Inspection.Provider.Name,
        plan.Submitted,
        plan.Inspection.Published,
        [.. plan.Responses.OrderBy(r => r.Recommendation.Number).Select(r => new PublishedRecommendation(
            r.Recommendation.Number,
            r.Recommendation.Text,
            r.Recommendation.Addressee.Name,
            r.Recommendation.IsRepeated,
            r.Kind,
            r.Narrative.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            // An imported plan's explanation is its narrative; it is not printed twice.
            r.Explanation == r.Narrative ? null : r.Explanation,
            [.. r.Actions.OrderBy(a => a.Position).Select(a => new PublishedAction(a.Text, a.Owner, a.Target == Core.TargetDates.TargetDate.None ? null : a.Target.Text))]))]);

    /// <summary>The same shape as `import --json` prints, with the plan's status.</summary>
    private static string Json(ActionPlan plan)
    {
        var reading = new PlanReading
        {
            Id = plan.Id,
            Provider = plan.Inspection.Provider.Name,
            Submitted = plan.Submitted,
            ReportPublished = plan.Inspection.Published,
            Summary = plan.Summary,
            Recommendations = [.. plan.Responses.OrderBy(r => r.Recommendation.Number).Select(r => new RecommendationReading
            {
                Number = r.Recommendation.Number,
                Text = r.Recommendation.Text,
                Addressee = r.Recommendation.Addressee.Name,
                Repeated = r.Recommendation.IsRepeated,
                Response = r.Kind,
                ResponseText = r.Narrative,
                Actions = [.. r.Actions.OrderBy(a => a.Position).Select(a => new ActionReading { Text = a.Text, Owner = a.Owner, TargetDate = a.Target })],
            })],
        };
        var json = JsonNode.Parse(PlanJson.Write(reading))!.AsObject();
        json["status"] = plan.Status.ToString();
        json["inspection"] = plan.InspectionId;
        return json.ToJsonString(PlanJson.Options);
    }
}
