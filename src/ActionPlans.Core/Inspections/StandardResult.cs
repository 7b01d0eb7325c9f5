using ActionPlans.Core.Ratings;

namespace ActionPlans.Core.Inspections;

/// <summary>The rating an inspection gave one standard (e.g. "2.4 Reviewing") and the figures behind it.</summary>
public sealed class StandardResult
{
    private readonly List<KeyQuestionResult> _keyQuestions = [];

    private StandardResult() { StandardId = ""; }

    internal StandardResult(string standardId, Rating? statedRating, Rating? previousRating)
    {
        StandardId = standardId;
        StatedRating = statedRating;
        PreviousRating = previousRating;
    }

    public int Id { get; private set; }
    public int InspectionId { get; private set; }

    /// <summary>The standard's number in the framework, such as "1.1" or "4.2".</summary>
    public string StandardId { get; private set; }

    /// <summary>The rating the report states (after any professional discretion).</summary>
    public Rating? StatedRating { get; private set; }

    public Rating? PreviousRating { get; private set; }

    /// <summary>Why a ratings panel moved the rating from the one the rules give, when it did.</summary>
    public string? DiscretionRationale { get; private set; }

    public IReadOnlyList<KeyQuestionResult> KeyQuestions => _keyQuestions;

    public const int RationaleMaxLength = 4000;

    public void Rate(Rating? stated, string? discretionRationale)
    {
        if (discretionRationale?.Trim().Length > RationaleMaxLength)
            throw new DomainRuleException($"The ratings panel's reason for {StandardId} must be {RationaleMaxLength} characters or fewer.");
        StatedRating = stated;
        DiscretionRationale = string.IsNullOrWhiteSpace(discretionRationale) ? null : discretionRationale.Trim();
    }

    public void RecordPrevious(Rating? previous) => PreviousRating = previous;

    /// <summary>Sets the figures of a key question of the framework, recording it the first time.</summary>
    public KeyQuestionResult SetKeyQuestion(string keyQuestionId, string text, decimal? current, decimal? previous, decimal? allProviders)
    {
        var existing = _keyQuestions.FirstOrDefault(k => k.KeyQuestionId == keyQuestionId);
        if (existing is null) return RecordKeyQuestion(text, current, previous, allProviders, keyQuestionId);
        existing.Update(current, previous, allProviders);
        return existing;
    }

    public KeyQuestionResult RecordKeyQuestion(string text, decimal? current, decimal? previous, decimal? allProviders, string? keyQuestionId = null)
    {
        var result = new KeyQuestionResult(_keyQuestions.Count + 1, keyQuestionId, text, current, previous, allProviders);
        _keyQuestions.Add(result);
        return result;
    }
}
