namespace ActionPlans.Core.Allocation;

/// <summary>
/// The guidances that ship with the service as data (Allocation/Guidances/*.json), written in the service's own words
/// from what providers published. A guidance stored by an inspector for the same provider and day comes first.
/// </summary>
public static class ShippedGuidances
{
    private const string ResourcePrefix = "ActionPlans.Core.Allocation.Guidances.";

    /// <summary>Each shipped guidance with its JSON, which an inspector may take as the start of a provider's own.</summary>
    public static IReadOnlyList<(AllocationGuidance Guidance, string Json)> Files { get; } =
        typeof(ShippedGuidances).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => GuidanceReading.ReadResource(n))
            .Select(json => (GuidanceReading.Parse(json), json))
            .ToList();

    public static IReadOnlyList<AllocationGuidance> All { get; } = Files.Select(f => f.Guidance).ToList();

    /// <summary>
    /// The guidance for the provider on the day: of the stored ones first, the latest to start; otherwise the shipped one.
    /// Refused, naming the provider, when there is none.
    /// </summary>
    public static AllocationGuidance For(string provider, DateOnly day, IEnumerable<AllocationGuidance> stored)
    {
        var found = Covering(stored, provider, day) ?? Covering(All, provider, day);
        if (found is not null) return found;
        var other = stored.Concat(All).Where(g => g.IsFor(provider)).ToList();
        throw new DomainRuleException(other.Count == 0
            ? $"There is no allocation guidance for the provider '{provider}'."
            : $"No allocation guidance of {other[0].Name} covers {day:yyyy-MM-dd}; it has guidance for {string.Join(", ", other.Select(Span))}.", "provider");
    }

    public static string Span(AllocationGuidance g) => g.ValidTo is null ? $"{g.ValidFrom:yyyy-MM-dd} onwards" : $"{g.ValidFrom:yyyy-MM-dd} to {g.ValidTo:yyyy-MM-dd}";

    private static AllocationGuidance? Covering(IEnumerable<AllocationGuidance> guidances, string provider, DateOnly day) =>
        guidances.Where(g => g.IsFor(provider) && g.Covers(day)).MaxBy(g => g.ValidFrom);
}
