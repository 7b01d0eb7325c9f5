using System.Globalization;
using ActionPlans.Core;
using ActionPlans.Core.Cases;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Ratings;
using ActionPlans.Web.Features.Cases;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Inspections;

/// <summary>
/// An inspector enters an inspection's ratings and key question figures. "Check ratings" shows what the
/// framework's rules make of the figures without saving; "Save" refuses ratings the rules cannot reach.
/// Beside each typed figure the page shows the one the case sample gives, and any difference; "Use the case sample's
/// figures" puts those in the form, for the inspector to check and save (the cases stay, so both are kept).
/// </summary>
[Authorize(Policy = nameof(RecordInspections))]
public sealed class RatingsModel(ActionPlansDb db) : PageModel
{
    [BindProperty] public List<StandardForm> Standards { get; set; } = [];
    [BindProperty] public string? StatedScore { get; set; }

    public Inspection Inspection { get; private set; } = null!;
    public RatingsAssessment? Assessment { get; private set; }
    public StandardsFramework Framework { get; private set; } = null!;

    /// <summary>The key questions' figures from the case sample; null while it has no cases.</summary>
    public SampleFigures? FromCases { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Standards = Framework.Standards.Select(s => StandardForm.Of(s, Inspection.Standards.FirstOrDefault(r => s.IsKnownAs(r.StandardId)), db)).ToList();
        StatedScore = Inspection.StatedScore?.ToString(CultureInfo.InvariantCulture);
        Assessment = RatingsAssessment.Of(Inspection, Framework);
        return Page();
    }

    public Task<IActionResult> OnPostCheckAsync(int id) => ApplyAsync(id, save: false);

    /// <summary>Fills each key question the cases answer with their figure and shows the rules' reading, saving nothing.</summary>
    public Task<IActionResult> OnPostUseCasesAsync(int id) => ApplyAsync(id, save: false, useCases: true);

    public Task<IActionResult> OnPostSaveAsync(int id) => ApplyAsync(id, save: true);

    private async Task<IActionResult> ApplyAsync(int id, bool save, bool useCases = false)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (useCases && FromCases is not null)
        {
            foreach (var form in Standards)
                if (Framework.FindStandard(form.StandardId ?? "") is { } standard)
                    for (var j = 0; j < form.Figures.Count && j < standard.KeyQuestions.Count; j++)
                        if (FromCases.KeyQuestion(standard.KeyQuestions[j].Id)?.Percent is { } percent)
                            form.Figures[j].Current = percent.ToString("0.##", CultureInfo.InvariantCulture);
            TempData["Notice"] = "The case sample's figures are filled in below. Check the ratings, then save.";
        }
        int? statedScore = null;
        if (!string.IsNullOrWhiteSpace(StatedScore))
        {
            if (int.TryParse(StatedScore.Trim(), out var score) && score is >= 0 and <= 30) statedScore = score;
            else ModelState.AddModelError(nameof(StatedScore), "The score in the report must be a whole number from 0 to 30");
        }
        for (var i = 0; i < Standards.Count; i++) Apply(i, Standards[i]);
        Inspection.RecordScore(Inspection.FrameworkId, statedScore);
        // The rules' reading is shown even beside fields still in error: it is what the valid figures say.
        Assessment = RatingsAssessment.Of(Inspection, Framework);
        if (save)
            for (var i = 0; i < Standards.Count; i++)
                if (Assessment.Standards.FirstOrDefault(s => s.Standard.Id == Standards[i].StandardId)?.Problem is { } problem)
                    ModelState.AddModelError($"Standards[{i}].Stated", problem);
        if (!save || !ModelState.IsValid) return Page();
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else saved these ratings while you were working. Your changes were not saved: open the page again to see theirs.");
            return Page();
        }
        TempData["Notice"] = "Ratings saved.";
        return RedirectToPage("/Inspections/Details", new { id });
    }

    /// <summary>Puts one standard's posted values on the inspection, reporting each bad field by name.</summary>
    private void Apply(int index, StandardForm form)
    {
        var standard = Framework.FindStandard(form.StandardId ?? "");
        if (standard is null) return;
        var field = $"Standards[{index}]";
        var stated = ReadRating(form.Stated);
        var result = Inspection.Standard(standard.Id);
        if (result is null)
        {
            if (stated is null && form.Figures.All(f => string.IsNullOrWhiteSpace(f.Current))) return;
            result = Inspection.RecordStandard(standard.Id, stated);
        }
        else if (form.Version is { } version) db.ExpectVersion(result, version);
        try
        {
            result.Rate(stated, form.Rationale);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError($"{field}.Rationale", e.Message);
        }
        result.RecordPrevious(ReadRating(form.Previous));
        for (var j = 0; j < form.Figures.Count && j < standard.KeyQuestions.Count; j++)
        {
            var question = standard.KeyQuestions[j];
            var figures = form.Figures[j];
            var current = ReadFigure(figures.Current, $"{field}.Figures[{j}].Current", $"{question.Id} this inspection");
            var previous = ReadFigure(figures.Previous, $"{field}.Figures[{j}].Previous", $"{question.Id} previous");
            var all = ReadFigure(figures.AllProviders, $"{field}.Figures[{j}].AllProviders", $"{question.Id} all providers");
            if (question.Qualitative && current is not null)
                ModelState.AddModelError($"{field}.Figures[{j}].Current", $"Key question {question.Id} is qualitative: leave its figure empty");
            try
            {
                result.SetKeyQuestion(question.Id, question.Text, question.Qualitative ? null : current, previous, all);
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError($"{field}.Figures[{j}].Current", e.Message);
            }
        }
    }

    /// <summary>The case sample's figure for a key question, and how far the typed one is from it (null when either is missing).</summary>
    public (QuestionFigure Figure, decimal? Difference)? Computed(string questionId, string? typed)
    {
        if (FromCases?.KeyQuestion(questionId) is not { Percent: { } percent } figure) return null;
        var difference = decimal.TryParse(typed?.Trim().TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value - percent : (decimal?)null;
        return (figure, difference);
    }

    private decimal? ReadFigure(string? text, string key, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (decimal.TryParse(text.Trim().TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100)
            return value;
        ModelState.AddModelError(key, $"The figure for {what} must be a percentage from 0 to 100, like 65");
        return null;
    }

    private static Rating? ReadRating(string? text) => Enum.TryParse<Rating>(text, out var r) && Enum.IsDefined(r) ? r : null;

    private async Task<bool> LoadAsync(int id)
    {
        var inspection = await db.Inspections.Include(i => i.Provider)
            .Include(i => i.Standards).ThenInclude(s => s.KeyQuestions)
            .AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id);
        if (inspection is null) return false;
        Inspection = inspection;
        Framework = Frameworks.Load(inspection.FrameworkId);
        FromCases = await InspectionCases.FiguresAsync(db, id, Framework);
        return true;
    }

    public sealed class StandardForm
    {
        public string? StandardId { get; set; }
        public string? Stated { get; set; }
        public string? Previous { get; set; }
        public string? Rationale { get; set; }
        public int? Version { get; set; }
        public List<FigureForm> Figures { get; set; } = [];

        public static StandardForm Of(Standard standard, StandardResult? result, ActionPlansDb db) => new()
        {
            StandardId = standard.Id,
            Stated = result?.StatedRating?.ToString(),
            Previous = result?.PreviousRating?.ToString(),
            Rationale = result?.DiscretionRationale,
            Version = result is null ? null : db.VersionOf(result),
            Figures = standard.KeyQuestions.Select((q, i) =>
            {
                var k = result?.KeyQuestions.FirstOrDefault(x => x.KeyQuestionId == q.Id)
                    ?? (result?.KeyQuestions.All(x => x.KeyQuestionId is null) == true && i < result.KeyQuestions.Count ? result.KeyQuestions[i] : null);
                return new FigureForm { Current = Text(k?.Current), Previous = Text(k?.Previous), AllProviders = Text(k?.AllProviders) };
            }).ToList(),
        };

        private static string? Text(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
    }

    public sealed class FigureForm
    {
        public string? Current { get; set; }
        public string? Previous { get; set; }
        public string? AllProviders { get; set; }
    }
}
