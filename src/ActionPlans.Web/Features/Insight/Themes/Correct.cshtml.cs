using ActionPlans.Core.Insight.Themes;
using ActionPlans.Core.Recommendations;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Insight.Themes;

/// <summary>
/// An inspector corrects the themes the rules gave a recommendation: ticks put it in a theme, clearing a tick takes it
/// out, and the rules never undo either. Each change is audited as a change to the recommendation's place in the theme.
/// </summary>
[Authorize(Policy = nameof(RecordInspections))]
public sealed class CorrectModel(ActionPlansDb db) : PageModel
{
    /// <summary>The themes ticked.</summary>
    [BindProperty] public List<int> Chosen { get; set; } = [];

    /// <summary>The themes the form showed: only those are changed, so a theme added since is left as it is.</summary>
    [BindProperty] public List<int> Shown { get; set; } = [];

    public Recommendation Recommendation { get; private set; } = null!;
    public string Provider { get; private set; } = "";
    public IReadOnlyList<Theme> Themes { get; private set; } = [];

    /// <summary>How the recommendation stands in each theme it has a place in, by theme.</summary>
    public IReadOnlyDictionary<int, ThemePlacement> Places { get; private set; } = new Dictionary<int, ThemePlacement>();

    public async Task<IActionResult> OnGetAsync(int id, int number)
    {
        if (!await LoadAsync(id, number)) return NotFound();
        Chosen = [.. Places.Where(p => p.Value != ThemePlacement.Removed).Select(p => p.Key)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int number)
    {
        if (!await LoadAsync(id, number)) return NotFound();
        var places = await db.Set<RecommendationTheme>().Where(p => p.RecommendationId == Recommendation.Id).ToDictionaryAsync(p => p.ThemeId);
        foreach (var theme in Themes.Where(t => Shown.Contains(t.Id)))
        {
            var inTheme = Chosen.Contains(theme.Id);
            if (places.TryGetValue(theme.Id, out var place)) place.Correct(inTheme);
            else if (inTheme) db.Add(new RecommendationTheme(Recommendation.Id, theme.Id, ThemePlacement.Inspector));
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e)
        {
            ModelState.AddModelError(nameof(Chosen), $"The themes were not saved: {e.GetBaseException().Message}");
            return Page();
        }
        TempData["Notice"] = $"Themes of recommendation {number} saved.";
        return RedirectToPage("/Inspections/Recommendations", new { id });
    }

    private async Task<bool> LoadAsync(int id, int number)
    {
        var recommendation = await db.Recommendations.AsNoTracking().Include(r => r.Addressee)
            .FirstOrDefaultAsync(r => r.InspectionId == id && r.Number == number);
        if (recommendation is null) return false;
        Recommendation = recommendation;
        Provider = await db.Inspections.Where(i => i.Id == id).Select(i => i.Provider.Name).SingleAsync();
        Themes = await db.Set<Theme>().AsNoTracking().OrderBy(t => t.Name).ToListAsync();
        Places = await db.Set<RecommendationTheme>().AsNoTracking().Where(p => p.RecommendationId == recommendation.Id)
            .ToDictionaryAsync(p => p.ThemeId, p => p.Placement);
        return true;
    }
}
