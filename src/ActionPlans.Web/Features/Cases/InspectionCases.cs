using ActionPlans.Core.Cases;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Ratings;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Cases;

/// <summary>An inspection with its case sample (a new, empty one when none is stored yet) and the questions its framework asks of cases.</summary>
public sealed record InspectionCases(Inspection Inspection, CaseSample Sample, CaseQuestions Questions)
{
    /// <summary>Null when there is no such inspection. A new sample is added to the context, so a save stores it.</summary>
    public static async Task<InspectionCases?> LoadAsync(ActionPlansDb db, int inspectionId)
    {
        var inspection = await db.Inspections.Include(i => i.Provider).FirstOrDefaultAsync(i => i.Id == inspectionId);
        if (inspection is null) return null;
        var sample = await db.CaseSamples.Include(s => s.Cases.OrderBy(c => c.Reference)).FirstOrDefaultAsync(s => s.InspectionId == inspectionId);
        if (sample is null)
        {
            sample = new CaseSample(inspectionId);
            db.CaseSamples.Add(sample);
        }
        return new InspectionCases(inspection, sample, CaseQuestions.Of(Frameworks.Load(inspection.FrameworkId)));
    }

    public SampleFigures Figures => CaseFigures.Of(Sample.Cases, Questions);

    /// <summary>The whole sample's figures, read without adding a sample; null while the inspection has no cases.</summary>
    public static async Task<SampleFigures?> FiguresAsync(ActionPlansDb db, int inspectionId, StandardsFramework framework)
    {
        var cases = await db.CaseSamples.Where(s => s.InspectionId == inspectionId).SelectMany(s => s.Cases).AsNoTracking().ToListAsync();
        return cases.Count == 0 ? null : CaseFigures.Of(cases, CaseQuestions.Of(framework));
    }

    /// <summary>
    /// Replaces the whole sample with the file's cases in one save, or stores nothing and answers every problem.
    /// </summary>
    public async Task<IReadOnlyList<CsvProblem>> ImportAsync(ActionPlansDb db, byte[] csv)
    {
        var (cases, problems) = CaseSampleCsv.Read(csv, Questions);
        if (problems.Count > 0) return problems;
        Sample.Replace(cases);
        await db.SaveChangesAsync();
        return [];
    }
}

/// <summary>How many cases an inspection's sample has beside how many its population needs, for the inspection's page.</summary>
public sealed record CaseSampleSummary(int Cases, int? Population)
{
    public int? Needed => Population is { } population ? SampleStatistics.SampleSize(population) : null;

    public static async Task<CaseSampleSummary> OfAsync(ActionPlansDb db, int inspectionId) =>
        await db.CaseSamples.Where(s => s.InspectionId == inspectionId).Select(s => new CaseSampleSummary(s.Cases.Count, s.Population)).FirstOrDefaultAsync()
            ?? new CaseSampleSummary(0, null);
}
