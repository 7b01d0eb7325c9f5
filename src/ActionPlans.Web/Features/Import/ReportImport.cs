using ActionPlans.Core;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Recommendations;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Documents;
using ActionPlans.Documents.Reports;
using ActionPlans.Web.Infrastructure.Persistence;

namespace ActionPlans.Web.Features.Import;

/// <summary>
/// Stores what an inspection report says on its inspection (found by provider and month, or created): the
/// ratings, key question and prompt figures, the new recommendations and the judgement on the previous ones.
/// </summary>
internal static class ReportImport
{
    public static async Task<(Inspection Inspection, IReadOnlyList<Warning> Warnings)> StoreAsync(
        ActionPlansDb db, string fileName, InspectionReport report)
    {
        if (report.Published is not { } month)
            throw new ImportRefused(fileName, null, "The report does not say when it was published, so its inspection cannot be found.");

        var warnings = new List<Warning>();
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
                    throw new ImportRefused(fileName, null, $"The inspection of {provider.Name} published {DateWords.Month(new DateOnly(month.Year, month.Month, 1))} already has its ratings; a second report is not imported.");
                // What the inspection records stands; the report fills in only what it lacks.
                if (inspection.FieldworkStarted is null)
                    inspection.Describe(inspection.Kind, report.FieldworkStarted, inspection.Published, inspection.CasesInspected);
                else if (report.FieldworkStarted is { } started && started != inspection.FieldworkStarted)
                    warnings.Add(Left($"The report says fieldwork started on {DateWords.Day(started)}; the inspection records {DateWords.Day(inspection.FieldworkStarted)}"));
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
            var mayRecommend = inspection.Recommendations.Count == 0;
            foreach (var recommendation in report.Recommendations)
            {
                var existing = inspection.Recommendations.FirstOrDefault(r => r.Number == recommendation.Number);
                if (existing is null && mayRecommend)
                {
                    var created = inspection.Recommend(recommendation.Number, recommendation.Text, organisations.Addressee(recommendation.Addressee, provider));
                    if (recommendation.Repeated) created.MarkRepeated(previous?.RecommendationWorded(recommendation.Text));
                }
                else if (existing is null)
                    warnings.Add(Left($"The report has recommendation {recommendation.Number}, which the inspection does not"));
                else
                {
                    if (recommendation.Repeated && !existing.IsRepeated)
                        warnings.Add(Left($"The report marks recommendation {recommendation.Number} as repeated; the inspection does not"));
                    if (!Wording.Matches(existing.Text, recommendation.Text))
                        warnings.Add(new Warning(1, $"Recommendation {recommendation.Number} reads differently in the action plan (\"{PlanImport.Shorten(existing.Text)}\"); they are linked by number."));
                }
            }

            foreach (var earlier in report.PreviousRecommendations)
            {
                var original = previous?.Recommendations.FirstOrDefault(r => r.Number == earlier.Number && Wording.Matches(r.Text, earlier.Text));
                var recorded = inspection.PreviousRecommendations.FirstOrDefault(r => r.Number == earlier.Number);
                if (recorded is null) inspection.RecordPreviousRecommendation(earlier.Number, earlier.Text, earlier.Progress, original);
                else if (recorded.Progress != earlier.Progress)
                    warnings.Add(Left($"The report judges progress on previous recommendation {earlier.Number} as {Judgement(earlier.Progress)}; the inspection records {Judgement(recorded.Progress)}"));
                if (original is null || earlier.Progress is null || original.JudgedProgress == earlier.Progress) continue;
                if (original.JudgedProgress is null) original.Judge(earlier.Progress);
                else warnings.Add(Left($"The report judges progress on recommendation {earlier.Number} of the previous inspection as {Judgement(earlier.Progress)}; "
                    + $"the previous inspection records {Judgement(original.JudgedProgress)}"));
            }
        }
        catch (DomainRuleException e)
        {
            throw new ImportRefused(fileName, null, e.Message);
        }
        return (inspection, warnings);
    }

    /// <summary>A difference from what an inspector recorded: shown, never applied.</summary>
    private static Warning Left(string difference) => new(1, $"{difference}; what the inspection records is left for an inspector to change.");

    private static string Judgement(ProgressJudgement? judgement) => judgement.Words().ToLowerInvariant();
}
