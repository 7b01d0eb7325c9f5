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
}
