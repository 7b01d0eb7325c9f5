using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Ratings;
using ActionPlans.Core.Recommendations;
using ActionPlans.Core.Vocabulary;

namespace ActionPlans.Core.Tests.Vocabulary;

/// <summary>Every status the service shows has words of its own, so none reaches the public as its code name.</summary>
public class StatusWordsTests
{
    /// <summary>Each value has words, written as words (no "PartlyAgreed"), and no two values share them.</summary>
    private static void EveryValueWorded<T>(Func<T, string> words) where T : struct, Enum
    {
        var all = Enum.GetValues<T>().Select(v => (Value: v, Words: words(v))).ToList();
        Assert.All(all, w => Assert.False(string.IsNullOrWhiteSpace(w.Words), $"{typeof(T).Name}.{w.Value} has no words"));
        Assert.All(all, w => Assert.False(w.Words.Zip(w.Words.Skip(1)).Any(p => char.IsLower(p.First) && char.IsUpper(p.Second)),
            $"{typeof(T).Name}.{w.Value} is shown as \"{w.Words}\", a code name"));
        Assert.Equal(all.Count, all.Select(w => w.Words).Distinct().Count());
    }

    [Fact] public void Plan_statuses() => EveryValueWorded<PlanStatus>(s => s.Words());
    [Fact] public void Responses() => EveryValueWorded<ResponseKind>(k => k.Words());
    [Fact] public void Ratings() => EveryValueWorded<Rating>(r => r.Words());
    [Fact] public void Progress_judgements() => EveryValueWorded<ProgressJudgement>(j => j.Words());
    [Fact] public void Delivery_states() => EveryValueWorded<DeliveryState>(s => s.Words());
    [Fact] public void Delivery_states_after_a_count() => EveryValueWorded<DeliveryState>(s => s.Counted());
    [Fact] public void Update_statuses() => EveryValueWorded<DeliveryStatus>(s => s.Words());
    [Fact] public void Rags() => EveryValueWorded<Rag>(r => r.Words());

    [Fact]
    public void A_missing_answer_or_judgement_is_said_so()
    {
        Assert.Equal("Not answered", ((ResponseKind?)null).Words());
        Assert.Equal("Partly Agreed", ((ResponseKind?)ResponseKind.PartlyAgreed).Words());
        Assert.Equal("Not judged", ((ProgressJudgement?)null).Words());
        Assert.Equal("No progress", ((ProgressJudgement?)ProgressJudgement.None).Words());
    }

    [Fact]
    public void A_state_after_a_count_reads_as_the_state_does()
    {
        Assert.Equal("overdue", DeliveryState.Overdue.Counted());
        Assert.Equal("No due date", DeliveryState.NoTarget.Words());
        Assert.Equal("with no due date", DeliveryState.NoTarget.Counted());
    }
}
