using ActionPlans.Core.Plans.Versions;

namespace ActionPlans.Core.Tests.Plans.Versions;

public class WordDiffTests
{
    private static (WordChangeKind, string)[] Runs(string before, string after) =>
        [.. WordDiff.Between(before, after).Select(w => (w.Kind, w.Text))];

    [Fact]
    public void Changed_words_are_marked_deleted_then_inserted_between_the_words_that_stayed() =>
        Assert.Equal(
            [(WordChangeKind.Same, "Audit"), (WordChangeKind.Deleted, "30"), (WordChangeKind.Inserted, "40"),
             (WordChangeKind.Same, "cases"), (WordChangeKind.Deleted, "monthly"), (WordChangeKind.Inserted, "each month")],
            Runs("Audit 30 cases monthly", "Audit 40 cases each month"));

    [Fact]
    public void Words_added_in_the_middle_are_one_insertion() =>
        Assert.Equal(
            [(WordChangeKind.Same, "Publish a"), (WordChangeKind.Inserted, "revised home visit"), (WordChangeKind.Same, "policy by June")],
            Runs("Publish a policy by June", "Publish a revised home visit policy by June"));

    [Fact]
    public void Unchanged_text_is_one_run_and_spacing_does_not_count_as_a_change() =>
        Assert.Equal([(WordChangeKind.Same, "Audit 30 cases")], Runs("Audit  30 cases", "Audit 30\ncases"));

    [Fact]
    public void Text_from_nothing_is_all_inserted_and_to_nothing_all_deleted()
    {
        Assert.Equal([(WordChangeKind.Inserted, "Audit 30 cases")], Runs("", "Audit 30 cases"));
        Assert.Equal([(WordChangeKind.Deleted, "Audit 30 cases")], Runs("Audit 30 cases", ""));
        Assert.Empty(Runs("", ""));
    }

    [Fact]
    public void Similarity_is_the_share_of_words_in_common()
    {
        Assert.Equal(1, WordDiff.Similarity("Audit 30 cases", "Audit 30 cases"));
        Assert.Equal(0, WordDiff.Similarity("Audit 30 cases", "Publish guidance"));
        Assert.Equal(2.0 * 2 / 8, WordDiff.Similarity("Audit 30 cases", "Audit 40 cases each month"), 6);
    }

    [Fact]
    public void A_change_far_inside_long_texts_is_found_word_by_word()
    {
        var words = Enumerable.Range(0, 3000).Select(i => $"w{i % 7}").ToArray();
        var changed = (string[])words.Clone();
        changed[1500] = "changed";
        Assert.Equal(
            [(WordChangeKind.Same, string.Join(' ', words[..1500])), (WordChangeKind.Deleted, words[1500]), (WordChangeKind.Inserted, "changed"),
             (WordChangeKind.Same, string.Join(' ', words[1501..]))],
            Runs(string.Join(' ', words), string.Join(' ', changed)));
    }

    [Fact]
    public void Scattered_changes_keep_every_word_in_order_and_mark_only_what_changed()
    {
        var before = Enumerable.Range(0, 400).Select(i => i % 3 == 0 ? $"old{i}" : $"w{i}").ToArray();
        var after = Enumerable.Range(0, 400).Select(i => i % 3 == 0 ? $"new{i}" : $"w{i}").ToArray();
        var runs = WordDiff.Between(string.Join(' ', before), string.Join(' ', after));

        Assert.Equal(before, runs.Where(r => r.Kind != WordChangeKind.Inserted).SelectMany(r => r.Text.Split(' ')));
        Assert.Equal(after, runs.Where(r => r.Kind != WordChangeKind.Deleted).SelectMany(r => r.Text.Split(' ')));
        Assert.Equal(before.Where((_, i) => i % 3 == 0), runs.Where(r => r.Kind == WordChangeKind.Deleted).SelectMany(r => r.Text.Split(' ')));
    }

    /// <summary>
    /// The worst case for a word table: two 20,000-character narratives of one-letter words with nothing in common
    /// (a 10,001 × 10,001 table, 400 MB), and two that interleave so every word could pair with half the others.
    /// </summary>
    [Theory]
    [InlineData("a", "b")]
    [InlineData("a b", "b a")]
    public void Comparing_two_20000_character_narratives_stays_within_a_few_megabytes(string beforeWords, string afterWords)
    {
        var before = Narrative(beforeWords);
        var after = Narrative(afterWords) + " c";
        WordDiff.Between("warm up", "warm"); // the first call's JIT work is not the comparison's

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var runs = WordDiff.Between(before, after);
        var similarity = WordDiff.Similarity(before, after);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.True(allocated < 40_000_000, $"comparing took {allocated / 1_000_000} MB");
        Assert.Equal(before.Split(' '), runs.Where(r => r.Kind != WordChangeKind.Inserted).SelectMany(r => r.Text.Split(' ')));
        Assert.Equal(after.Split(' '), runs.Where(r => r.Kind != WordChangeKind.Deleted).SelectMany(r => r.Text.Split(' ')));
        Assert.InRange(similarity, 0, 1);
    }

    private static string Narrative(string words)
    {
        var text = new System.Text.StringBuilder();
        while (text.Length < 20_000) text.Append(words).Append(' ');
        return text.ToString(0, 19_999).Trim();
    }
}
