using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Web.Features.Shared;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Inspections;

/// <summary>An inspector records a new inspection: who, what kind, when; ratings and recommendations follow.</summary>
[Authorize(Policy = nameof(RecordInspections))]
public sealed class NewModel(ActionPlansDb db) : PageModel
{
    [BindProperty] public int? ProviderId { get; set; }
    [BindProperty] public InspectionKind? Kind { get; set; }
    [BindProperty] public DateParts Fieldwork { get; set; } = new();
    [BindProperty] public DateParts Published { get; set; } = new();
    [BindProperty] public string? CasesInspected { get; set; }

    public IReadOnlyList<Organisation> Providers { get; private set; } = [];

    public async Task OnGetAsync() => Providers = await ProvidersAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Providers = await ProvidersAsync();
        var provider = Providers.FirstOrDefault(p => p.Id == ProviderId);
        if (provider is null) ModelState.AddModelError(nameof(ProviderId), "Select the provider that was inspected");
        if (Kind is null) ModelState.AddModelError(nameof(Kind), "Select the kind of inspection");
        var (fieldwork, fieldworkError) = Fieldwork.Read("the fieldwork start date");
        if (fieldworkError is not null) ModelState.AddModelError(nameof(Fieldwork), fieldworkError);
        else if (fieldwork is null) ModelState.AddModelError(nameof(Fieldwork), "Enter the date fieldwork started");
        var (published, publishedError) = Published.Read("the publication date");
        if (publishedError is not null) ModelState.AddModelError(nameof(Published), publishedError);
        int? cases = null;
        if (!string.IsNullOrWhiteSpace(CasesInspected))
        {
            if (int.TryParse(CasesInspected.Trim(), out var n) && n is >= 0 and <= 100000) cases = n;
            else ModelState.AddModelError(nameof(CasesInspected), "Number of cases inspected must be a whole number, like 120");
        }
        if (!ModelState.IsValid) return Page();
        var inspection = new Inspection(provider!, Kind!.Value, fieldwork, published);
        inspection.Describe(Kind.Value, fieldwork, published, cases);
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync();
        TempData["Notice"] = $"Inspection of {provider!.Name} recorded. Enter its ratings and recommendations.";
        return RedirectToPage("/Inspections/Ratings", new { id = inspection.Id });
    }

    private async Task<IReadOnlyList<Organisation>> ProvidersAsync() =>
        (await db.Organisations.OrderBy(o => o.Name).ToListAsync()).Where(o => o.IsProvider).ToList();
}
