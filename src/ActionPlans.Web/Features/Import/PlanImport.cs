using ActionPlans.Core;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Recommendations;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Documents;
using ActionPlans.Documents.Plans;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Import;

/// <summary>
/// Stores a plan read from a published document: its provider and the other addressed bodies, the inspection
/// it answers (found by provider and report month, or created), the recommendations and the plan.
/// </summary>
internal static class PlanImport
{
    public static async Task<(ActionPlan Plan, IReadOnlyList<Warning> Warnings)> StoreAsync(
        ActionPlansDb db, string fileName, PlanReading reading, PlanStatus status, bool recordsInspection)
    {
        if (string.IsNullOrWhiteSpace(reading.Provider))
            throw new ImportRefused(fileName, null, "The plan does not name the provider it answers for (\"A Response to the HMI Probation Inspection: …\").");
        if (reading.ReportPublished is not { } published)
            throw new ImportRefused(fileName, null, "The plan does not say when the report was published (\"Report Published: …\"), so its inspection cannot be found.");

        var warnings = new List<Warning>();
        var organisations = await OrganisationDirectory.LoadAsync(db);
        var provider = organisations.Provider(reading.Provider);
        var inspection = await InspectionLookup.FindAsync(db, provider, published.Year, published.Month);
        if (inspection is null)
        {
            if (!recordsInspection)
                throw new ImportRefused(fileName, null, $"The service has no inspection of {provider.Name} published {DateWords.Month(published)}; "
                    + "an inspector records the inspection, or imports its report, before its plan is imported.");
            inspection = new Inspection(provider, KindFor(provider), null, published);
            db.Inspections.Add(inspection);
        }
        else
        {
            if (inspection.Id != 0 && await db.Plans.AnyAsync(p => p.InspectionId == inspection.Id))
                throw new ImportRefused(fileName, null, $"The inspection of {provider.Name} published {DateWords.Month(published)} already has a plan; a second one is not imported.");
            if (inspection.Published != published)
            {
                // An imported report gives only its month, recorded as the first; an inspector's plan knows the day.
                // Any other date was recorded by an inspector and stands.
                if (recordsInspection && await ReportGaveOnlyTheMonthAsync(db, inspection))
                    inspection.Describe(inspection.Kind, inspection.FieldworkStarted, published, inspection.CasesInspected);
                else
                    warnings.Add(new Warning(1, $"The plan says the report was published on {DateWords.Day(published)}; the inspection records "
                        + $"{DateWords.Day(inspection.Published)}, which is left for an inspector to correct."));
            }
        }

        var previous = await InspectionLookup.PreviousAsync(db, provider.Id, published);
        // Recommendations are the inspectorate's: a plan fills them in only on an inspection it records itself or
        // that has none yet, and never adds to those an inspection has.
        var mayRecommend = recordsInspection && inspection.Recommendations.Count == 0;
        foreach (var row in reading.Recommendations)
        {
            var existing = inspection.Recommendations.FirstOrDefault(r => r.Number == row.Number);
            if (existing is null && !mayRecommend)
                throw new ImportRefused(fileName, row.Line, $"The plan answers recommendation {row.Number}, which the inspection of {provider.Name} "
                    + $"published {DateWords.Month(published)} does not have; an inspector records an inspection's recommendations.");
            if (existing is null)
            {
                var created = inspection.Recommend(row.Number, row.Text, organisations.Addressee(row.Addressee, provider));
                if (row.Repeated) created.MarkRepeated(previous?.RecommendationWorded(row.Text));
            }
            else if (!Wording.Matches(existing.Text, row.Text))
                warnings.Add(new Warning(row.Line, $"Recommendation {row.Number} reads differently in the inspection report (\"{Shorten(existing.Text)}\"); the plan is linked to it by number."));
        }
        foreach (var missing in inspection.Recommendations.Where(r => reading.Recommendations.All(row => row.Number != r.Number)))
            warnings.Add(new Warning(1, $"The inspection report has recommendation {missing.Number}, which the plan does not answer."));

        var plan = new ActionPlan(inspection);
        foreach (var row in reading.Recommendations)
        {
            var recommendation = inspection.Recommendations.Single(r => r.Number == row.Number);
            var response = plan.ResponseTo(recommendation);
            var partial = row.Response is ResponseKind.PartlyAgreed or ResponseKind.NotAgreed;
            try
            {
                response.Answer(row.Response, row.ResponseText, reasons: partial ? ReasonWords.In(row.ResponseText) : ReasonCategories.None,
                    explanation: partial ? row.ResponseText : null);
                foreach (var action in row.Actions)
                    response.AddAction(action.Text, action.Owner, action.TargetDate);
            }
            catch (DomainRuleException e)
            {
                throw new ImportRefused(fileName, row.Line, $"Recommendation {row.Number}: {e.Message}");
            }
        }
        plan.MarkImported(reading.Submitted, status);
        db.Plans.Add(plan);
        return (plan, warnings);
    }

    private static async Task<bool> ReportGaveOnlyTheMonthAsync(ActionPlansDb db, Inspection inspection) =>
        inspection.Published?.Day == 1 && inspection.Id != 0
        && await db.ImportedDocuments.AnyAsync(d => d.InspectionId == inspection.Id && d.Kind == DocumentKind.InspectionReport);

    private static InspectionKind KindFor(Core.Organisations.Organisation provider) =>
        provider.Kind == Core.Organisations.OrganisationKind.NpsDivision ? InspectionKind.NpsDivisionInspection : InspectionKind.CrcInspection;

    internal static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
