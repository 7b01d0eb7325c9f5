using ActionPlans.Core;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Recommendations;
using ActionPlans.Documents.Reports;
using ActionPlans.Web.Persistence;

namespace ActionPlans.Web.Import;

/// <summary>
/// Stores what an inspection report says on its inspection (found by provider and month, or created): the
/// ratings, key question and prompt figures, the new recommendations and the judgement on the previous ones.
/// </summary>
internal static class ReportImport
{
    public static async Task<(Inspection Inspection, IReadOnlyList<ReportWarning> Warnings)> StoreAsync(
        ActionPlansDb db, string fileName, InspectionReport report)
    {
        if (report.Published is not { } month)
            throw new ImportRefused(fileName, null, "The report does not say when it was published, so its inspection cannot be found.");

        var warnings = new List<ReportWarning>();
        var organisations = await OrganisationDirectory.LoadAsync(db);
        var provider = organisations.Provider(report.Provider);
        var inspection = await InspectionLookup.FindAsync(db, provider, month.Year, month.Month);
        var kind = provider.Kind == OrganisationKind.NpsDivision ? InspectionKind.NpsDivisionInspection : InspectionKind.CrcInspection;
        try
        {
            if (inspection is null)
            {
                inspection = new Inspection(provider, kind, report.FieldworkStarted, new DateOnly(month.Year, month.Month, 1));
                db.Inspections.Add(inspection);
            }
            else
            {
                if (inspection.Standards.Count > 0)
                    throw new ImportRefused(fileName, null, $"The inspection of {provider.Name} published {month} already has its ratings; a second report is not imported.");
                inspection.Describe(kind, report.FieldworkStarted, inspection.Published, inspection.CasesInspected);
            }
            inspection.RecordScore(report.FrameworkId, report.StatedScore);

            foreach (var standard in report.Standards)
            {
                var result = inspection.RecordStandard(standard.Id, standard.Rating, standard.PreviousRating);
                result.Rate(standard.Rating, standard.Discretion ? standard.DiscretionRationale ?? "The ratings panel used professional discretion." : null);
                foreach (var question in standard.KeyQuestions)
                {
                    var recorded = result.RecordKeyQuestion(question.Text, question.Current, question.Previous, question.AllProviders, question.Id);
                    foreach (var prompt in question.Prompts) recorded.RecordPrompt(prompt.Id, prompt.Text, prompt.Current, prompt.Previous);
                }
            }

            var previous = await InspectionLookup.PreviousAsync(db, provider.Id, inspection.Published);
            foreach (var recommendation in report.Recommendations)
            {
                var existing = inspection.Recommendations.FirstOrDefault(r => r.Number == recommendation.Number);
                if (existing is null)
                {
                    var created = inspection.Recommend(recommendation.Number, recommendation.Text, organisations.Addressee(recommendation.Addressee, provider));
                    if (recommendation.Repeated) created.MarkRepeated(previous?.RecommendationWorded(recommendation.Text));
                }
                else
                {
                    if (recommendation.Repeated && !existing.IsRepeated) existing.MarkRepeated(previous?.RecommendationWorded(recommendation.Text));
                    if (!Wording.Matches(existing.Text, recommendation.Text))
                        warnings.Add(new ReportWarning(1, $"Recommendation {recommendation.Number} reads differently in the action plan (\"{PlanImport.Shorten(existing.Text)}\"); they are linked by number."));
                }
            }

            foreach (var earlier in report.PreviousRecommendations)
            {
                var original = previous?.Recommendations.FirstOrDefault(r => r.Number == earlier.Number && Wording.Matches(r.Text, earlier.Text));
                inspection.RecordPreviousRecommendation(earlier.Number, earlier.Text, earlier.Progress, original);
                original?.Judge(earlier.Progress);
            }
        }
        catch (DomainRuleException e)
        {
            throw new ImportRefused(fileName, null, e.Message);
        }
        return (inspection, warnings);
    }
}
