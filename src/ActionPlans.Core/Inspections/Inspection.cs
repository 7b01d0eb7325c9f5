using ActionPlans.Core.Organisations;
using ActionPlans.Core.Recommendations;

namespace ActionPlans.Core.Inspections;

/// <summary>One inspection of a provider and the report that it produced.</summary>
public sealed class Inspection
{
    private readonly List<StandardResult> _standards = [];
    private readonly List<Recommendation> _recommendations = [];

    private Inspection() { Provider = null!; }

    public Inspection(Organisation provider, InspectionKind kind, DateOnly? fieldworkStarted, DateOnly? published)
    {
        if (!provider.IsProvider) throw new DomainRuleException($"{provider.Name} is not a probation provider, so it cannot be inspected.");
        if (fieldworkStarted is { } f && published is { } p && p < f)
            throw new DomainRuleException("A report cannot be published before its fieldwork started.");
        Provider = provider;
        Kind = kind;
        FieldworkStarted = fieldworkStarted;
        Published = published;
    }

    public int Id { get; private set; }
    public int ProviderId { get; private set; }
    public Organisation Provider { get; private set; }
    public InspectionKind Kind { get; private set; }
    public DateOnly? FieldworkStarted { get; private set; }

    /// <summary>When the report was published; null while it is not.</summary>
    public DateOnly? Published { get; private set; }

    public IReadOnlyList<StandardResult> Standards => _standards;
    public IReadOnlyList<Recommendation> Recommendations => _recommendations;

    public StandardResult RecordStandard(string standardId, Ratings.Rating? statedRating, Ratings.Rating? previousRating = null)
    {
        if (_standards.Any(s => s.StandardId == standardId))
            throw new DomainRuleException($"Standard {standardId} is already recorded for this inspection.");
        var result = new StandardResult(standardId, statedRating, previousRating);
        _standards.Add(result);
        return result;
    }

    public Recommendation Recommend(int number, string text, Organisation addressee, Recommendation? repeatedFrom = null)
    {
        if (_recommendations.Any(r => r.Number == number))
            throw new DomainRuleException($"Recommendation {number} already exists in this inspection.");
        var recommendation = new Recommendation(number, text, addressee, repeatedFrom);
        _recommendations.Add(recommendation);
        return recommendation;
    }
}
