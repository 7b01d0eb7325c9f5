using ActionPlans.Core;
using ActionPlans.Core.Allocation;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Allocation;

/// <summary>
/// An inspector adds or changes a provider's guidance as JSON. It is checked whole against the schema and the
/// guidance's own references, every problem listed with its JSON path; nothing is stored until it is sound, and no two
/// stored guidances of a provider may cover the same day. The change is audited like any domain row.
/// </summary>
[Authorize(Policy = nameof(RecordInspections))]
public sealed class EditGuidanceModel(ActionPlansDb db) : PageModel
{
    [BindProperty] public string? Json { get; set; }
    [BindProperty] public int? Version { get; set; }

    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, string? from)
    {
        Id = id;
        if (id is not null)
        {
            var text = await db.AllocationGuidances.FindAsync(id);
            if (text is null) return NotFound();
            (Json, Version) = (text.Json, db.VersionOf(text));
        }
        else if (from is not null)
            Json = ShippedGuidances.Files.FirstOrDefault(f => f.Guidance.IsFor(from)).Json;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Id = id;
        AllocationGuidanceText? text = null;
        if (id is not null)
        {
            text = await db.AllocationGuidances.FindAsync(id);
            if (text is null) return NotFound();
        }
        var (guidance, problems) = GuidanceReading.Read(Json ?? "");
        foreach (var problem in problems) ModelState.AddModelError(nameof(Json), problem.ToString());
        if (guidance is not null)
        {
            var others = await db.AllocationGuidances.AsNoTracking().Where(g => g.Id != (id ?? 0)).ToListAsync();
            foreach (var other in others.Where(o => o.Guidance.Providers.Any(guidance.IsFor) && o.Guidance.Overlaps(guidance)))
                ModelState.AddModelError(nameof(Json), $"$.validFrom: another stored guidance of {other.Provider} is in force on some of these days ({ShippedGuidances.Span(other.Guidance)}); change its days first.");
        }
        if (!ModelState.IsValid) return Page();
        try
        {
            if (text is null) db.AllocationGuidances.Add(text = new AllocationGuidanceText(Json!));
            else
            {
                if (Version is { } version) db.ExpectVersion(text, version);
                text.Revise(Json!);
            }
            await db.SaveChangesAsync();
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(nameof(Json), refused.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(nameof(Json), "Someone else saved this guidance while you were working. Yours was not saved: open the page again to see theirs.");
            return Page();
        }
        TempData["Notice"] = $"The allocation guidance of {text.Provider} was saved.";
        return RedirectToPage("/Allocation/Guidances");
    }
}
