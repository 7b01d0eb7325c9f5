using ActionPlans.Core.Plans;
using ActionPlans.Core.Plans.Versions;

namespace ActionPlans.Core.Tests.Plans.Versions;

public class VersionComparisonTests
{
    private static readonly DateOnly Day = new(2026, 3, 12);

    private static ActionVersion A(int position, string text, string owner = "Head of Quality", string target = "June 2026") =>
        new(position, text, owner, target, false);

    private static RowVersion Row(int number, params ActionVersion[] actions) =>
        new(number, "A recommendation.", ResponseKind.Agreed, "We agree.", null, ReasonCategories.None, null, actions);

    private static PlanVersion V(int number, params RowVersion[] rows) => new(number, Day, rows);

    private static ActionChange SingleActionChange(ActionVersion[] before, ActionVersion[] after) =>
        Assert.Single(VersionComparison.Compare(V(1, Row(1, before)), V(2, Row(1, after))).Rows.Single().Actions);

    [Fact]
    public void Identical_versions_have_no_changes_but_list_every_row()
    {
        var row = Row(1, A(1, "Audit 30 cases each month"));
        var changes = VersionComparison.Compare(V(1, row, Row(2)), V(2, row, Row(2)));

        Assert.False(changes.HasChanges);
        Assert.Equal([1, 2], changes.Rows.Select(r => r.RecommendationNumber));
        Assert.Equal((1, 2), (changes.From, changes.To));
    }

    [Fact]
    public void A_changed_response_and_its_new_reasons_and_explanation_are_field_changes()
    {
        var after = Row(1) with { Response = ResponseKind.PartlyAgreed, Reasons = ReasonCategories.Policy | ReasonCategories.Affordability, Explanation = "National policy." };

        var row = VersionComparison.Compare(V(1, Row(1)), V(2, after)).Rows.Single();

        Assert.Equal([RowField.Response, RowField.Reasons, RowField.Explanation], row.Fields.Select(f => f.Field));
        Assert.Equal(("Agreed", "PartlyAgreed"), (row.Fields[0].Change.Before, row.Fields[0].Change.After));
        Assert.Equal("Policy, Affordability", row.Fields[1].Change.After);
        Assert.Equal("", row.Fields[2].Change.Before);
    }

    [Fact]
    public void A_changed_narrative_carries_its_word_level_difference()
    {
        var row = VersionComparison.Compare(V(1, Row(1)), V(2, Row(1) with { Narrative = "We fully agree." })).Rows.Single();

        var change = Assert.Single(row.Fields);
        Assert.Equal(RowField.Narrative, change.Field);
        Assert.Equal(
            [new WordChange(WordChangeKind.Same, "We"), new WordChange(WordChangeKind.Inserted, "fully"), new WordChange(WordChangeKind.Same, "agree.")],
            change.Change.Words);
    }

    [Fact]
    public void A_new_action_is_added_with_all_its_words_inserted()
    {
        var change = SingleActionChange([A(1, "Audit 30 cases each month")], [A(1, "Audit 30 cases each month"), A(2, "Publish guidance")]);

        Assert.True(change.IsAdded);
        Assert.Equal((null, 2), (change.PositionBefore, change.PositionAfter));
        Assert.Equal([new WordChange(WordChangeKind.Inserted, "Publish guidance")], change.Text!.Words);
        Assert.Equal(("", "Head of Quality"), (change.Owner!.Before, change.Owner.After));
    }

    [Fact]
    public void A_dropped_action_is_removed_and_the_one_below_it_has_not_moved()
    {
        var change = SingleActionChange([A(1, "Publish guidance"), A(2, "Audit 30 cases each month")], [A(1, "Audit 30 cases each month")]);

        Assert.True(change.IsRemoved);
        Assert.Equal((1, (int?)null), (change.PositionBefore!.Value, change.PositionAfter));
        Assert.Equal("Publish guidance", change.Text!.Before);
    }

    [Fact]
    public void A_reworded_action_is_the_same_action_changed_not_one_removed_and_one_added()
    {
        var change = SingleActionChange([A(1, "Audit 30 cases each month against the standard")], [A(1, "Audit 40 cases each month against the standard")]);

        Assert.True(change.IsChanged);
        Assert.False(change.Moved);
        Assert.Contains(new WordChange(WordChangeKind.Deleted, "30"), change.Text!.Words);
        Assert.Contains(new WordChange(WordChangeKind.Inserted, "40"), change.Text.Words);
        Assert.Null(change.Owner);
    }

    [Fact]
    public void A_rewritten_action_sharing_few_words_is_one_removed_and_one_added()
    {
        var changes = VersionComparison.Compare(V(1, Row(1, A(1, "Audit 30 cases each month"))), V(2, Row(1, A(1, "Publish new supervision guidance"))))
            .Rows.Single().Actions;

        Assert.Equal([(true, false), (false, true)], changes.Select(c => (c.IsRemoved, c.IsAdded)));
    }

    [Fact]
    public void A_new_owner_or_target_is_a_change_of_that_action()
    {
        var change = SingleActionChange([A(1, "Publish guidance")], [A(1, "Publish guidance", owner: "Director", target: "September 2026")]);

        Assert.True(change.IsChanged);
        Assert.Null(change.Text);
        Assert.Equal(("Head of Quality", "Director"), (change.Owner!.Before, change.Owner.After));
        Assert.Equal(("June 2026", "September 2026"), (change.Target!.Before, change.Target.After));
    }

    [Fact]
    public void An_action_taken_out_of_order_has_moved_and_the_others_have_not()
    {
        var before = new[] { A(1, "Publish guidance"), A(2, "Audit 30 cases each month"), A(3, "Run two workshops") };
        var after = new[] { A(1, "Run two workshops"), A(2, "Publish guidance"), A(3, "Audit 30 cases each month") };

        var change = SingleActionChange(before, after);

        Assert.True(change.Moved);
        Assert.False(change.IsChanged);
        Assert.Equal((3, 1), (change.PositionBefore!.Value, change.PositionAfter!.Value));
    }

    [Fact]
    public void A_row_only_one_version_has_is_compared_with_nothing()
    {
        var rows = VersionComparison.Compare(V(1, Row(1)), V(2, Row(1), Row(2, A(1, "Publish guidance")))).Rows;

        Assert.False(rows[0].HasChanges);
        Assert.Contains(rows[1].Fields, f => f.Field == RowField.Response && f.Change.Before == "" && f.Change.After == "Agreed");
        Assert.True(Assert.Single(rows[1].Actions).IsAdded);
    }

    [Fact]
    public void Versions_of_a_real_plan_compare_after_an_edit()
    {
        var plan = PlanFixture.CompletePlan();
        var first = PlanVersion.Of(plan, 1, Day);
        plan.Responses[0].MoveAction(plan.Responses[0].Actions[1], -1);
        plan.Responses[2].Answer(ResponseKind.NotAgreed, "The placements are set by the national contract.", null,
            ReasonCategories.Commissioning, "Placements are commissioned nationally.");

        var changes = VersionComparison.Compare(first, PlanVersion.Of(plan, 2, Day.AddDays(7)));

        Assert.Equal([1, 3], changes.Rows.Where(r => r.HasChanges).Select(r => r.RecommendationNumber));
        Assert.True(Assert.Single(changes.Rows[0].Actions).Moved);
        Assert.Equal(RowField.Narrative, Assert.Single(changes.Rows[2].Fields).Field);
    }
}
