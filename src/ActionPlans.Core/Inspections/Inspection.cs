using ActionPlans.Core.Organisations;
using ActionPlans.Core.Recommendations;

namespace ActionPlans.Core.Inspections;

/// <summary>One inspection of a provider and the report that it produced.</summary>
public sealed class Inspection
{
    private readonly List<StandardResult> _standards = [];
    private readonly List<Recommendation> _recommendations = [];
    private readonly List<PreviousRecommendation> _previousRecommendations = [];

    /// <summary>The framework the inspectorate used when none is named: its adult probation standards of 2018.</summary>
    public const string DefaultFrameworkId = "hmip-adult-probation-2018";

    private Inspection() { Provider = null!; FrameworkId = DefaultFrameworkId; }

    public Inspection(Organisation provider, InspectionKind kind, DateOnly? fieldworkStarted, DateOnly? published)
    {
        if (!provider.IsProvider) throw new DomainRuleException($"{provider.Name} is not a probation provider, so it cannot be inspected.");
        if (fieldworkStarted is { } f && published is { } p && p < f)
            throw new DomainRuleException("A report cannot be published before its fieldwork started.", nameof(Published));
        Provider = provider;
        FrameworkId = DefaultFrameworkId;
        Describe(kind, fieldworkStarted, published, null);
    }

    public int Id { get; private set; }
    public int ProviderId { get; private set; }
    public Organisation Provider { get; private set; }
    public InspectionKind Kind { get; private set; }
    public DateOnly? FieldworkStarted { get; private set; }

    /// <summary>When the report was published; null while it is not.</summary>
    public DateOnly? Published { get; private set; }

    /// <summary>The standards framework the ratings follow (see Ratings.Frameworks).</summary>
    public string FrameworkId { get; private set; }

    /// <summary>How many cases the inspectors looked at.</summary>
    public int? CasesInspected { get; private set; }

    /// <summary>The score the report prints (the service recomputes its own from the ratings).</summary>
    public int? StatedScore { get; private set; }

    public IReadOnlyList<StandardResult> Standards => _standards;

    /// <summary>The previous inspection's recommendations, with this inspection's judgement of progress on each.</summary>
    public IReadOnlyList<PreviousRecommendation> PreviousRecommendations => _previousRecommendations;

    public void Describe(InspectionKind kind, DateOnly? fieldworkStarted, DateOnly? published, int? casesInspected)
    {
        if (fieldworkStarted is { } f && published is { } p && p < f)
            throw new DomainRuleException("A report cannot be published before its fieldwork started.", nameof(Published));
        if (casesInspected is < 0) throw new DomainRuleException("The number of cases inspected cannot be negative.", nameof(CasesInspected));
        Kind = kind;
        FieldworkStarted = fieldworkStarted;
        Published = published;
        CasesInspected = casesInspected;
    }

    public void RecordScore(string frameworkId, int? statedScore)
    {
        if (statedScore is < 0 or > 30) throw new DomainRuleException($"A stated score is from 0 to 30, not {statedScore}.");
        FrameworkId = frameworkId;
        StatedScore = statedScore;
    }

    /// <summary>A report gives only its month; a plan that answers it may give the exact day.</summary>
    public bool IsPublishedIn(int year, int month) => Published is { } p && p.Year == year && p.Month == month;

    /// <summary>This inspection's recommendation that another document words alike, when one does (the closest).</summary>
    public Recommendation? RecommendationWorded(string text) =>
        _recommendations.Where(r => Wording.Matches(r.Text, text)).MaxBy(r => Wording.Similarity(r.Text, text));

    public StandardResult? Standard(string standardId) => _standards.FirstOrDefault(s => s.StandardId == standardId);

    /// <summary>A recommendation that no plan answers yet can be taken back.</summary>
    public void Withdraw(Recommendation recommendation)
    {
        if (!_recommendations.Remove(recommendation)) throw new DomainRuleException("That recommendation is not part of this inspection.");
    }

    public int NextRecommendationNumber => _recommendations.Count == 0 ? 1 : _recommendations.Max(r => r.Number) + 1;

    public PreviousRecommendation RecordPreviousRecommendation(int number, string text, ProgressJudgement? progress, Recommendation? original = null)
    {
        if (_previousRecommendations.Any(r => r.Number == number))
            throw new DomainRuleException($"Previous recommendation {number} is already recorded for this inspection.");
        if (text.Length > Recommendation.TextMaxLength)
            throw new DomainRuleException($"A previous recommendation is at most {Recommendation.TextMaxLength} characters.");
        var previous = new PreviousRecommendation(number, text, progress, original);
        _previousRecommendations.Add(previous);
        return previous;
    }
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
