using ActionPlans.Core.Insight;
using ActionPlans.Core.Insight.Themes;

namespace ActionPlans.Core.Tests.Insight;

public sealed class ThemeRulesTests
{
    private const int Risk = 1, Gate = 2, Sharing = 3, Workload = 4;

    private static readonly ThemeRules Rules = new(
    [
        (Risk, "risk of harm\nrisk assess*"),
        (Gate, "through the gate\nreleas*"),
        (Sharing, "share * information\n\n  information sharing  "),
        (Workload, "caseload*"),
    ]);

    [Fact]
    public void A_phrase_matches_whole_words_in_order_whatever_their_case_and_punctuation()
    {
        Assert.Equal(new[] { Risk }, Rules.Match("Review the RISK of harm, in every case."));
        Assert.Empty(Rules.Match("Harm of risk is not the phrase."));
        Assert.Empty(Rules.Match("A brisk offer of harmless help."));
    }

    [Fact]
    public void A_starred_word_matches_every_word_it_begins_and_a_lone_star_any_one_word()
    {
        Assert.Equal(new[] { Risk }, Rules.Match("Complete risk assessments on time"));
        Assert.Equal(new[] { Gate }, Rules.Match("Plan for people released from custody"));
        Assert.Equal(new[] { Sharing }, Rules.Match("HMPPS should share case information with providers"));
        Assert.Empty(Rules.Match("Share information early"));
    }

    [Fact]
    public void A_recommendation_may_fall_in_several_themes_or_in_none()
    {
        Assert.Equal(new[] { Gate, Sharing, Workload }, Rules.Match("Share release information and cut caseloads.").Order());
        Assert.Empty(Rules.Match("Open a reporting centre in the north."));
        Assert.Empty(Rules.Match(""));
    }

    [Fact]
    public void Blank_lines_are_no_phrase_and_spaces_around_a_phrase_do_not_count()
    {
        Assert.Equal(new[] { Sharing }, Rules.Match("Better information sharing."));
        Assert.Equal(2, ThemeRules.PhrasesOf("share * information\n\n  information sharing  ").Length);
    }

    [Fact]
    public void A_long_text_is_matched_in_time_that_grows_with_it()
    {
        // Thousands of near misses: a backtracking pattern would never finish; word matching walks them once a phrase.
        var text = string.Concat(Enumerable.Repeat("risk of risk of ", 50_000)) + "harm";
        Assert.Equal(new[] { Risk }, Rules.Match(text));
    }

    [Fact]
    public void The_rules_never_place_a_recommendation_where_an_inspector_decided_otherwise()
    {
        (int, ThemePlacement)[] places = [(Risk, ThemePlacement.Rule), (Gate, ThemePlacement.Removed), (Workload, ThemePlacement.Inspector)];
        Assert.Equal(new[] { Risk, Sharing }, ThemeReassignment.ByRule(places, new HashSet<int> { Risk, Gate, Sharing, Workload }));
        Assert.Empty(ThemeReassignment.ByRule(places, new HashSet<int>()));
    }

    [Fact]
    public void An_inspectors_correction_puts_in_or_takes_out_and_leaves_the_rules_place_when_it_agrees()
    {
        var place = new RecommendationTheme(7, Risk, ThemePlacement.Rule);
        place.Correct(true);
        Assert.Equal(ThemePlacement.Rule, place.Placement);
        place.Correct(false);
        Assert.Equal(ThemePlacement.Removed, place.Placement);
        Assert.False(place.Counts);
        place.Correct(true);
        Assert.Equal(ThemePlacement.Inspector, place.Placement);
        Assert.True(place.Counts);
    }

    [Theory]
    [InlineData(false, 0, 0, ActionsDelivered.NoPlan)]
    [InlineData(true, 0, 0, ActionsDelivered.NoActions)]
    [InlineData(true, 3, 3, ActionsDelivered.All)]
    [InlineData(true, 3, 1, ActionsDelivered.Some)]
    [InlineData(true, 3, 0, ActionsDelivered.None)]
    public void A_recommendations_actions_are_delivered_all_some_or_none(bool answered, int expected, int delivered, ActionsDelivered answer) =>
        Assert.Equal(answer, ActionsDeliveredCounts.Of(answered, expected, delivered));

    [Fact]
    public void A_theme_needs_a_name()
    {
        Assert.Throws<DomainRuleException>(() => new Theme("  ", "risk"));
        Assert.Equal("risk of harm\nrisk assess*", new Theme("Risk of harm", " risk of harm \n\n risk assess*").Phrases);
    }
}
