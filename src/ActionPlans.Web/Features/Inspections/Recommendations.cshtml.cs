using ActionPlans.Core;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Recommendations;
using ActionPlans.Web.Features.Import;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Inspections;

/// <summary>
/// An inspector enters an inspection's new recommendations with their addressees, and judges progress on
/// the previous inspection's recommendations (which can be started from that inspection's own list).
/// </summary>
[Authorize(Policy = nameof(RecordInspections))]
public sealed class RecommendationsModel(ActionPlansDb db, TimeProvider clock, DeliverySettings delivery) : PageModel
{
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public int? AddresseeId { get; set; }
    [BindProperty] public bool Repeated { get; set; }
    [BindProperty] public string? PreviousText { get; set; }

    public Inspection Inspection { get; private set; } = null!;
    public IReadOnlyList<Organisation> Addressees { get; private set; } = [];
    public Inspection? Earlier { get; private set; }
    public bool HasPlan { get; private set; }

    public DateOnly Today => clock.TodayInUk();

    /// <summary>
    /// For each previous recommendation (by id) whose original is answered in a plan being delivered, that
    /// plan and how its response stands today, for the inspector to judge progress against.
    /// </summary>
    public IReadOnlyDictionary<int, (int PlanId, ResponseDelivery Delivery)> Delivered { get; private set; } =
        new Dictionary<int, (int, ResponseDelivery)>();

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var text = Text?.Trim() ?? "";
        if (text.Length == 0) ModelState.AddModelError(nameof(Text), "Enter the recommendation");
        else if (text.Length > Recommendation.TextMaxLength) ModelState.AddModelError(nameof(Text), $"The recommendation must be {Recommendation.TextMaxLength} characters or fewer");
        var addressee = Addressees.FirstOrDefault(o => o.Id == AddresseeId);
        if (addressee is null) ModelState.AddModelError(nameof(AddresseeId), "Select who the recommendation is for");
        if (HasPlan) ModelState.AddModelError(nameof(Text), "A plan already answers this inspection, so its recommendations cannot change");
        if (!ModelState.IsValid) return Page();
        var added = Inspection.Recommend(Inspection.NextRecommendationNumber, text, addressee!);
        if (Repeated) added.MarkRepeated(Earlier?.RecommendationWorded(text));
        return await SaveAsync(id, $"Recommendation {added.Number} added.");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int recommendationId)
    {
        if (!await LoadAsync(id)) return NotFound();
        var recommendation = Inspection.Recommendations.FirstOrDefault(r => r.Id == recommendationId);
        if (recommendation is null || HasPlan) return RedirectToPage("/Inspections/Recommendations", new { id });
        Inspection.Withdraw(recommendation);
        db.Recommendations.Remove(recommendation);
        return await SaveAsync(id, $"Recommendation {recommendation.Number} removed.");
    }

    public async Task<IActionResult> OnPostPreviousAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var text = PreviousText?.Trim() ?? "";
        if (text.Length == 0 || text.Length > Recommendation.TextMaxLength)
        {
            ModelState.AddModelError(nameof(PreviousText), $"Enter the previous recommendation, up to {Recommendation.TextMaxLength} characters");
            return Page();
        }
        var number = Inspection.PreviousRecommendations.Count == 0 ? 1 : Inspection.PreviousRecommendations.Max(r => r.Number) + 1;
        Inspection.RecordPreviousRecommendation(number, text, null, Earlier?.RecommendationWorded(text));
        return await SaveAsync(id, "Previous recommendation added.");
    }

    /// <summary>Starts the previous recommendations from the provider's last inspection in the service.</summary>
    public async Task<IActionResult> OnPostFromEarlierAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Earlier is null || Inspection.PreviousRecommendations.Count > 0) return RedirectToPage("/Inspections/Recommendations", new { id });
        foreach (var recommendation in Earlier.Recommendations.OrderBy(r => r.Number))
            Inspection.RecordPreviousRecommendation(recommendation.Number, recommendation.Text, null, recommendation);
        return await SaveAsync(id, $"{Earlier.Recommendations.Count} recommendations taken from the previous inspection.");
    }

    public async Task<IActionResult> OnPostJudgeAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        foreach (var previous in Inspection.PreviousRecommendations)
        {
            // Read by hand: a bound dictionary would fall back to every other field of the form.
            var judgement = Enum.TryParse<ProgressJudgement>(Request.Form[$"Progress[{previous.Id}]"], out var p) && Enum.IsDefined(p) ? p : (ProgressJudgement?)null;
            previous.Judge(judgement);
            previous.Original?.Judge(judgement);
        }
        return await SaveAsync(id, "Progress judgements saved.");
    }

    private async Task<IActionResult> SaveAsync(int id, string notice)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (e is DbUpdateException or DomainRuleException)
        {
            ModelState.AddModelError("", $"Not saved: {e.Message}");
            return Page();
        }
        TempData["Notice"] = notice;
        return RedirectToPage("/Inspections/Recommendations", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var inspection = await db.Inspections.Include(i => i.Provider)
            .Include(i => i.Recommendations).ThenInclude(r => r.Addressee)
            .Include(i => i.PreviousRecommendations).ThenInclude(r => r.Original)
            .AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id);
        if (inspection is null) return false;
        Inspection = inspection;
        Addressees = await db.Organisations.OrderBy(o => o.Id == inspection.ProviderId ? 0 : 1).ThenBy(o => o.Name).ToListAsync();
        HasPlan = await db.Plans.AnyAsync(p => p.InspectionId == id);
        Earlier = await InspectionLookup.PreviousAsync(db, inspection.ProviderId, inspection.Published);
        Delivered = await DeliveredAsync(inspection);
        return true;
    }

    private async Task<IReadOnlyDictionary<int, (int PlanId, ResponseDelivery Delivery)>> DeliveredAsync(Inspection inspection)
    {
        var originals = inspection.PreviousRecommendations.Select(p => p.OriginalId).OfType<int>().ToList();
        if (originals.Count == 0) return new Dictionary<int, (int, ResponseDelivery)>();
        var plans = await db.Plans.BeingDelivered().WithDeliveryRecord().AsNoTracking()
            .Where(p => p.Responses.Any(r => originals.Contains(r.RecommendationId))).ToListAsync();
        var byOriginal = new Dictionary<int, (int PlanId, ResponseDelivery Delivery)>();
        // Should two plans answer one recommendation, the later one speaks for it.
        foreach (var plan in plans.OrderBy(p => p.Submitted).ThenBy(p => p.Id))
            foreach (var response in PlanDelivery.AsAt(plan, Today, delivery.DueSoon).Recommendations)
                byOriginal[response.Recommendation.Id] = (plan.Id, ResponseDelivery.Of(response));
        return inspection.PreviousRecommendations
            .Where(p => p.OriginalId is { } original && byOriginal.ContainsKey(original))
            .ToDictionary(p => p.Id, p => byOriginal[p.OriginalId!.Value]);
    }
}
