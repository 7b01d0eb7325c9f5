using ActionPlans.Core;
using ActionPlans.Core.Allocation;
using ActionPlans.Core.Organisations;
using ActionPlans.Web.Features.Shared;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Features.Allocation;

/// <summary>
/// One case against its provider's allocation guidance: the provider and day first, as they choose the guidance and so
/// its flags; then the OGRS 3 score, the risk of serious harm and the flags. Every step is a GET form, so the answer can
/// be linked and the page works without JavaScript.
/// </summary>
[Authorize(Policy = nameof(RecordInspections))]
public sealed class BandModel(ActionPlansDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Provider { get; set; }
    [BindProperty(SupportsGet = true)] public DateParts On { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Ogrs { get; set; }
    [BindProperty(SupportsGet = true)] public string? Rosh { get; set; }
    [BindProperty(SupportsGet = true)] public List<string> Flags { get; set; } = [];
    [BindProperty(SupportsGet = true)] public bool Check { get; set; }

    /// <summary>The providers that have a guidance, by the first of its names.</summary>
    public IReadOnlyList<string> Providers { get; private set; } = [];

    public DateOnly Day { get; private set; }
    public AllocationGuidance? Guidance { get; private set; }
    public ExpectedAllocation? Answer { get; private set; }

    public async Task OnGetAsync()
    {
        var stored = await StoredGuidances.AllAsync(db);
        Providers = stored.Concat(ShippedGuidances.All).Select(g => g.Name).DistinctBy(OrganisationNames.Key).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var (day, dayError) = On.Read("the day of allocation");
        if (dayError is not null) ModelState.AddModelError(nameof(On), dayError);
        Day = day ?? clock.TodayInUk();
        if (string.IsNullOrWhiteSpace(Provider) || dayError is not null) return;
        try
        {
            Guidance = ShippedGuidances.For(Provider, Day, stored);
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(nameof(Provider), refused.Message);
            return;
        }
        if (!Check) return;
        if (string.IsNullOrWhiteSpace(Ogrs)) ModelState.AddModelError(nameof(Ogrs), "Enter the OGRS 3 score, a whole number from 0 to 100");
        if (string.IsNullOrWhiteSpace(Rosh)) ModelState.AddModelError(nameof(Rosh), "Select the risk of serious harm");
        if (!ModelState.IsValid) return;
        try
        {
            Answer = Guidance.Allocate(Ogrs!, Rosh!, Flags);
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(refused.About switch { "ogrs" => nameof(Ogrs), "rosh" => nameof(Rosh), _ => nameof(Flags) }, refused.Message);
        }
    }
}
