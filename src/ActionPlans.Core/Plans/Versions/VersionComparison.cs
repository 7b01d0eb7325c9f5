namespace ActionPlans.Core.Plans.Versions;

/// <summary>The fields of a row that a reviewer compares between versions.</summary>
public enum RowField
{
    Response,
    Narrative,
    AgreedPart,
    Reasons,
    Explanation,
}

/// <summary>A text before and after, with its words marked; empty on the side where it did not exist.</summary>
public sealed record TextChange(string Before, string After, IReadOnlyList<WordChange> Words)
{
    public static TextChange? Of(string? before, string? after) =>
        (before ?? "") == (after ?? "") ? null : new TextChange(before ?? "", after ?? "", WordDiff.Between(before, after));
}

public sealed record FieldChange(RowField Field, TextChange Change);

/// <summary>
/// One action across two versions: added (no position before), removed (no position after), or kept,
/// possibly moved and with its text, owner or target changed.
/// </summary>
public sealed record ActionChange(int? PositionBefore, int? PositionAfter, bool Moved, TextChange? Text, TextChange? Owner, TextChange? Target)
{
    public bool IsAdded => PositionBefore is null;
    public bool IsRemoved => PositionAfter is null;
    public bool IsChanged => !IsAdded && !IsRemoved && (Text ?? Owner ?? Target) is not null;
}

public sealed record RowChanges(int RecommendationNumber, IReadOnlyList<FieldChange> Fields, IReadOnlyList<ActionChange> Actions)
{
    public bool HasChanges => Fields.Count > 0 || Actions.Count > 0;
}

/// <summary>Every row of the later version (and any row only the earlier one had), each with what changed.</summary>
public sealed record VersionChanges(int From, int To, IReadOnlyList<RowChanges> Rows)
{
    public bool HasChanges => Rows.Any(r => r.HasChanges);
}

/// <summary>
/// What changed between two submitted versions, for a side-by-side view. Actions carry no identity in
/// a version, so they are paired by their text: identical text first, then the most alike pairs that
/// share at least half their words; the rest were removed or added. A kept action has moved when its
/// order among the other kept actions changed, not merely because one above it came or went.
/// </summary>
public static class VersionComparison
{
    private const double SameActionSimilarity = 0.5;

    public static VersionChanges Compare(PlanVersion before, PlanVersion after)
    {
        var numbers = after.Rows.Select(r => r.RecommendationNumber)
            .Union(before.Rows.Select(r => r.RecommendationNumber)).Order();
        return new VersionChanges(before.Number, after.Number,
            [.. numbers.Select(n => CompareRows(n, Row(before, n), Row(after, n)))]);
    }

    private static RowVersion? Row(PlanVersion version, int number) => version.Rows.FirstOrDefault(r => r.RecommendationNumber == number);

    private static RowChanges CompareRows(int number, RowVersion? before, RowVersion? after)
    {
        var fields = new[]
        {
            (RowField.Response, before?.Response?.ToString(), after?.Response?.ToString()),
            (RowField.Narrative, before?.Narrative, after?.Narrative),
            (RowField.AgreedPart, before?.AgreedPart, after?.AgreedPart),
            (RowField.Reasons, Reasons(before), Reasons(after)),
            (RowField.Explanation, before?.Explanation, after?.Explanation),
        };
        return new RowChanges(number,
            [.. fields.Select(f => TextChange.Of(f.Item2, f.Item3) is { } change ? new FieldChange(f.Item1, change) : null).OfType<FieldChange>()],
            CompareActions(before?.Actions ?? [], after?.Actions ?? []));
    }

    private static string? Reasons(RowVersion? row) => row is null || row.Reasons == ReasonCategories.None ? null : row.Reasons.ToString();

    private static IReadOnlyList<ActionChange> CompareActions(IReadOnlyList<ActionVersion> before, IReadOnlyList<ActionVersion> after)
    {
        var pairs = Pair(before, after);
        var staying = InOrder(pairs);
        var changes = pairs.Select(p => new ActionChange(p.Before.Position, p.After.Position, !staying.Contains(p),
                TextChange.Of(p.Before.Text, p.After.Text), TextChange.Of(p.Before.Owner, p.After.Owner), TextChange.Of(p.Before.Target, p.After.Target)))
            .Where(c => c.Moved || c.IsChanged)
            .Concat(before.Except(pairs.Select(p => p.Before)).Select(a => new ActionChange(a.Position, null, false,
                TextChange.Of(a.Text, null), TextChange.Of(a.Owner, null), TextChange.Of(a.Target, null))))
            .Concat(after.Except(pairs.Select(p => p.After)).Select(a => new ActionChange(null, a.Position, false,
                TextChange.Of(null, a.Text), TextChange.Of(null, a.Owner), TextChange.Of(null, a.Target))));
        return [.. changes.OrderBy(c => c.PositionAfter ?? c.PositionBefore).ThenBy(c => c.IsAdded)];
    }

    private sealed record ActionPair(ActionVersion Before, ActionVersion After);

    private static List<ActionPair> Pair(IReadOnlyList<ActionVersion> before, IReadOnlyList<ActionVersion> after)
    {
        var pairs = new List<ActionPair>();
        var unpairedBefore = before.ToList();
        var unpairedAfter = after.ToList();
        foreach (var a in before)
            if (unpairedAfter.FirstOrDefault(b => b.Text == a.Text) is { } same)
            {
                pairs.Add(new ActionPair(a, same));
                unpairedBefore.Remove(a);
                unpairedAfter.Remove(same);
            }

        var candidates = unpairedBefore
            .SelectMany(a => unpairedAfter.Select(b => (Pair: new ActionPair(a, b), Similarity: WordDiff.Similarity(a.Text, b.Text))))
            .Where(c => c.Similarity >= SameActionSimilarity)
            .OrderByDescending(c => c.Similarity)
            .ToList();
        foreach (var (pair, _) in candidates)
            if (unpairedBefore.Contains(pair.Before) && unpairedAfter.Contains(pair.After))
            {
                pairs.Add(pair);
                unpairedBefore.Remove(pair.Before);
                unpairedAfter.Remove(pair.After);
            }
        return pairs;
    }

    /// <summary>The largest set of kept actions whose order is unchanged (a longest increasing run of new positions); the others moved.</summary>
    private static HashSet<ActionPair> InOrder(List<ActionPair> pairs)
    {
        var byOld = pairs.OrderBy(p => p.Before.Position).ToList();
        var length = new int[byOld.Count];
        var previous = new int[byOld.Count];
        for (var i = 0; i < byOld.Count; i++)
        {
            (length[i], previous[i]) = (1, -1);
            for (var j = 0; j < i; j++)
                if (byOld[j].After.Position < byOld[i].After.Position && length[j] + 1 > length[i])
                    (length[i], previous[i]) = (length[j] + 1, j);
        }

        var kept = new HashSet<ActionPair>();
        if (byOld.Count == 0) return kept;
        for (var i = Array.IndexOf(length, length.Max()); i >= 0; i = previous[i]) kept.Add(byOld[i]);
        return kept;
    }
}
