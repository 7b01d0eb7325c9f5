using System.Globalization;

namespace ActionPlans.Core.Allocation;

/// <summary>
/// A provider's guidance as an inspector stored it: the JSON, checked whole before it is kept, and the provider and days
/// it covers, copied from it for lists. Every change is audited like any domain row.
/// </summary>
public sealed class AllocationGuidanceText
{
    public const int ProviderMaxLength = 200;

    /// <summary>Northumbria's guidance is about 6,000 characters; a stored one is at most this.</summary>
    public const int JsonMaxLength = 100_000;

    private AllocationGuidanceText() { Provider = Json = ""; }

    public AllocationGuidanceText(string json)
    {
        Provider = Json = "";
        Revise(json);
    }

    public int Id { get; private set; }
    public string Provider { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }
    public string Json { get; private set; }

    public AllocationGuidance Guidance => GuidanceReading.Parse(Json);

    /// <summary>Replaces the guidance; refused whole, with every problem and where it is, when the JSON is not a sound guidance.</summary>
    public void Revise(string json)
    {
        if (json.Length > JsonMaxLength) throw new DomainRuleException(string.Create(CultureInfo.InvariantCulture, $"A guidance is at most {JsonMaxLength:N0} characters; this one has {json.Length:N0}."), "json");
        var guidance = GuidanceReading.Parse(json);
        if (guidance.Name.Length > ProviderMaxLength) throw new DomainRuleException($"A provider's name is at most {ProviderMaxLength} characters.", "json");
        (Json, Provider, ValidFrom, ValidTo) = (json, guidance.Name, guidance.ValidFrom, guidance.ValidTo);
    }
}
