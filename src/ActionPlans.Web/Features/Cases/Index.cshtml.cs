using System.Globalization;
using ActionPlans.Core;
using ActionPlans.Core.Cases;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Web.Features.Allocation;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Cases;

/// <summary>
/// An inspection's case sample, for inspectors only: its cases, the figures they give (whole sample or a sub-sample),
/// the population and the sample size it needs, and a CSV upload that replaces the sample.
/// </summary>
[Authorize(Policy = nameof(RecordInspections))]
// Room for a file well over the limit, so that it is refused beside the field rather than by the server.
[RequestFormLimits(MultipartBodyLengthLimit = 4 * CaseSampleCsv.MaxBytes)]
[RequestSizeLimit(4 * CaseSampleCsv.MaxBytes)]
public sealed class IndexModel(ActionPlansDb db) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Population { get; set; }

    /// <summary>Which sub-sample's figures to show; the whole sample when none.</summary>
    [BindProperty(SupportsGet = true)] public string? SubSample { get; set; }

    public InspectionCases Loaded { get; private set; } = null!;
    public IReadOnlyList<SampleFigures> SubSamples { get; private set; } = [];
    public SampleFigures Shown { get; private set; } = null!;
    public IReadOnlyList<CsvProblem> Problems { get; private set; } = [];

    /// <summary>The cases' allocation against the provider's guidance on the inspection's day; null when it has none.</summary>
    public AllocationCheck? Allocation { get; private set; }

    /// <summary>The guidance the cases are checked against, or why there is none.</summary>
    public string GuidanceUsed { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Population = Loaded.Sample.Population?.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostPopulationAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        int? population = null;
        if (!string.IsNullOrWhiteSpace(Population))
        {
            if (int.TryParse(Population.Trim().Replace(",", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) population = n;
            else ModelState.AddModelError(nameof(Population), "The population is a whole number of cases, like 1200");
        }
        if (!ModelState.IsValid) return Page();
        try
        {
            Loaded.Sample.RecordPopulation(population);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(nameof(Population), e.Message);
            return Page();
        }
        await db.SaveChangesAsync();
        TempData["Notice"] = population is null ? "Population removed." : $"Population saved: {population} cases.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUploadAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Population = Loaded.Sample.Population?.ToString(CultureInfo.InvariantCulture);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select a CSV file of cases");
            return Page();
        }
        if (Upload.Length > CaseSampleCsv.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"The file is larger than {CaseSampleCsv.Megabytes}; a case sample is at most that");
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer);
        var before = Loaded.Sample.Cases.Count;
        Problems = await Loaded.ImportAsync(db, buffer.ToArray());
        if (Problems.Count > 0)
        {
            ModelState.AddModelError(nameof(Upload), $"Nothing was imported: the file has {Problems.Count} problem(s), listed below by line and column");
            return Page();
        }
        TempData["Notice"] = $"{Loaded.Sample.Cases.Count} case(s) imported, replacing the {before} the sample had.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await InspectionCases.LoadAsync(db, id) is not { } loaded) return false;
        Loaded = loaded;
        // Figures are of the stored sample, so they are worked out before a post changes it.
        SubSamples = CaseFigures.BySubSample(loaded.Sample.Cases, loaded.Questions);
        Shown = SubSamples.FirstOrDefault(s => s.Name == SubSample) ?? SubSamples[0];
        // The guidance in force when the inspectors looked at the cases.
        var day = loaded.Inspection.FieldworkStarted ?? loaded.Inspection.Published ?? DateOnly.FromDateTime(DateTime.Today);
        try
        {
            var guidance = await StoredGuidances.ForAsync(db, loaded.Inspection.Provider.Name, day);
            Allocation = AllocationCheck.Of(loaded.Sample.Cases, guidance);
            GuidanceUsed = $"{guidance.Name}'s allocation guidance in force on {DateWords.Day(day)}";
        }
        catch (DomainRuleException e)
        {
            GuidanceUsed = e.Message;
        }
        return true;
    }
}
