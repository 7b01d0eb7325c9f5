using ActionPlans.Core.Ratings;

namespace ActionPlans.Core.Tests.Ratings;

public class RatingRulesTests
{
    private static readonly StandardsFramework Framework = Frameworks.Load(Frameworks.AdultProbation2018);
    private static readonly RatingRules Rules = Framework.Rules;

    [Theory]
    [InlineData(0, Rating.Inadequate)]
    [InlineData(49, Rating.Inadequate)]
    [InlineData(49.9, Rating.Inadequate)]
    [InlineData(50, Rating.RequiresImprovement)]
    [InlineData(64, Rating.RequiresImprovement)]
    [InlineData(64.5, Rating.RequiresImprovement)]
    [InlineData(65, Rating.Good)]
    [InlineData(79, Rating.Good)]
    [InlineData(79.99, Rating.Good)]
    [InlineData(80, Rating.Outstanding)]
    [InlineData(100, Rating.Outstanding)]
    public void A_key_question_is_banded_by_its_percentage_without_rounding(decimal percentage, Rating expected) =>
        Assert.Equal(expected, Rules.BandOf(percentage));

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(150)]
    public void A_figure_outside_zero_to_a_hundred_is_refused(decimal percentage) =>
        Assert.Throws<DomainRuleException>(() => Rules.BandOf(percentage));

    [Theory]
    [InlineData(44, false, false)]
    [InlineData(44.9, false, false)]
    [InlineData(45, true, false)]
    [InlineData(49, true, false)]
    [InlineData(50, false, true)]
    [InlineData(55, false, true)]
    [InlineData(56, false, false)]
    [InlineData(59, false, false)]
    [InlineData(60, true, false)]
    [InlineData(64, true, false)]
    [InlineData(65, false, true)]
    [InlineData(70, false, true)]
    [InlineData(71, false, false)]
    [InlineData(75, true, false)]
    [InlineData(80, false, true)]
    [InlineData(85, false, true)]
    [InlineData(86, false, false)]
    [InlineData(100, false, false)]
    [InlineData(0, false, false)]
    public void Discretion_is_open_within_five_points_either_side_of_a_boundary(decimal lowest, bool canRaise, bool canLower) =>
        Assert.Equal(new DiscretionEligibility(canRaise, canLower), Rules.DiscretionFor(lowest));

    [Theory]
    [InlineData(59, 16, true, false)]
    [InlineData(59, 17, false, false)]
    [InlineData(56, 16, false, true)]
    [InlineData(40, 25, false, false)]
    public void With_the_cases_known_one_case_from_a_boundary_is_also_close(decimal lowest, int cases, bool canRaise, bool canLower)
    {
        Assert.Equal(new DiscretionEligibility(canRaise, canLower), Rules.DiscretionFor(lowest, cases));
        Assert.Equal(new DiscretionEligibility(false, false), Rules.DiscretionFor(lowest));
    }

    [Fact]
    public void A_small_sub_sample_lets_a_panel_move_a_figure_further_from_the_boundary()
    {
        var throughTheGate = Framework.Standard("4.2");
        List<KeyQuestionFigure> figures =
        [
            new(throughTheGate.KeyQuestions[0], 57, cases: 11),
            new(throughTheGate.KeyQuestions[1], 82),
            new(throughTheGate.KeyQuestions[2], 91),
        ];
        Assert.True(Rules.Judge(throughTheGate, figures, Rating.Good).Discretion);
        Assert.Throws<DomainRuleException>(() => Rules.Judge(throughTheGate, Figures(throughTheGate, 57, 82, 91), Rating.Good));
    }

    [Fact]
    public void A_standard_is_rated_by_its_lowest_figure_and_qualitative_questions_take_no_part()
    {
        var unpaidWork = Framework.Standard("4.1");
        var figures = Figures(unpaidWork, 66, 79, null, 84);
        Assert.Equal(Rating.Good, Rules.RuleRatingOf(unpaidWork, figures));
    }

    [Fact]
    public void A_judgement_standard_has_no_rule_rating_nor_discretion()
    {
        var leadership = Framework.Standard("1.1");
        var judgement = Rules.Judge(leadership, [], Rating.Good);
        Assert.Null(judgement.RuleRating);
        Assert.False(judgement.Discretion);
        Assert.Equal(Rating.Good, judgement.StatedRating);
    }

    [Fact]
    public void A_rating_that_follows_the_rule_is_no_discretion()
    {
        var judgement = Rules.Judge(Framework.Standard("2.1"), Figures(Framework.Standard("2.1"), 74, 80, 58), Rating.RequiresImprovement);
        Assert.Equal(Rating.RequiresImprovement, judgement.RuleRating);
        Assert.Equal(58, judgement.LowestFigure);
        Assert.False(judgement.Discretion);
        Assert.Equal(DiscretionGrounds.None, judgement.AvailableGrounds);
    }

    [Fact]
    public void A_panel_may_raise_a_figure_just_under_the_boundary_and_its_rationale_is_kept()
    {
        var reviewing = Framework.Standard("2.4");
        var judgement = Rules.Judge(reviewing, Figures(reviewing, 65, 70, 48), Rating.RequiresImprovement, "findings were encouraging");
        Assert.Equal(Rating.Inadequate, judgement.RuleRating);
        Assert.True(judgement.Discretion);
        Assert.Equal(DiscretionGrounds.NearBoundary, judgement.AvailableGrounds);
        Assert.Equal("findings were encouraging", judgement.Rationale);
    }

    [Fact]
    public void A_panel_may_lower_a_figure_just_over_the_boundary()
    {
        var planning = Framework.Standard("2.2");
        var judgement = Rules.Judge(planning, Figures(planning, 78, 74, 66), Rating.RequiresImprovement);
        Assert.Equal(Rating.Good, judgement.RuleRating);
        Assert.True(judgement.Discretion);
    }

    [Theory]
    [InlineData(44, Rating.RequiresImprovement)]
    [InlineData(58, Rating.Good)]
    [InlineData(48, Rating.Good)]
    [InlineData(56, Rating.Inadequate)]
    public void A_stated_rating_the_figures_cannot_reach_is_an_error(decimal lowest, Rating stated)
    {
        var planning = Framework.Standard("2.2");
        var error = Assert.Throws<DomainRuleException>(() => Rules.Judge(planning, Figures(planning, 90, 90, lowest), stated));
        Assert.Contains("2.2", error.Message);
    }

    [Theory]
    [InlineData(30, Rating.RequiresImprovement, Rating.Inadequate)]
    [InlineData(72, Rating.RequiresImprovement, Rating.Good)]
    [InlineData(72, Rating.Outstanding, Rating.Good)]
    public void Unpaid_work_may_move_one_band_on_qualitative_evidence_alone(decimal lowest, Rating stated, Rating rule)
    {
        var unpaidWork = Framework.Standard("4.1");
        var judgement = Rules.Judge(unpaidWork, Figures(unpaidWork, lowest, 90, null, 90), stated);
        Assert.Equal(rule, judgement.RuleRating);
        Assert.True(judgement.Discretion);
        Assert.Equal(DiscretionGrounds.QualitativeEvidence, judgement.AvailableGrounds);
    }

    [Fact]
    public void Unpaid_work_near_a_boundary_has_both_grounds()
    {
        var unpaidWork = Framework.Standard("4.1");
        var judgement = Rules.Judge(unpaidWork, Figures(unpaidWork, 48, 79, null, 84), Rating.RequiresImprovement);
        Assert.Equal(DiscretionGrounds.NearBoundary | DiscretionGrounds.QualitativeEvidence, judgement.AvailableGrounds);
    }

    [Fact]
    public void Unpaid_work_may_not_move_two_bands()
    {
        var unpaidWork = Framework.Standard("4.1");
        Assert.Throws<DomainRuleException>(() => Rules.Judge(unpaidWork, Figures(unpaidWork, 30, 90, null, 90), Rating.Good));
    }

    [Fact]
    public void A_qualitative_question_cannot_carry_a_figure_nor_any_question_one_over_a_hundred()
    {
        var unpaidWork = Framework.Standard("4.1");
        Assert.Throws<DomainRuleException>(() => new KeyQuestionFigure(unpaidWork.KeyQuestions[2], 50));
        Assert.Throws<DomainRuleException>(() => new KeyQuestionFigure(unpaidWork.KeyQuestions[0], 150));
    }

    [Theory]
    [InlineData(0, Rating.Inadequate)]
    [InlineData(5, Rating.Inadequate)]
    [InlineData(6, Rating.RequiresImprovement)]
    [InlineData(15, Rating.RequiresImprovement)]
    [InlineData(16, Rating.Good)]
    [InlineData(25, Rating.Good)]
    [InlineData(26, Rating.Outstanding)]
    [InlineData(30, Rating.Outstanding)]
    public void The_overall_rating_is_the_band_of_the_score(int score, Rating expected) =>
        Assert.Equal(expected, Rules.OverallFor(score));

    [Theory]
    [InlineData(-1)]
    [InlineData(31)]
    public void A_score_outside_nought_to_thirty_is_refused(int score) =>
        Assert.Throws<DomainRuleException>(() => Rules.OverallFor(score));

    [Fact]
    public void The_score_sums_all_ten_standards_unweighted()
    {
        Rating[] ratings =
        [
            Rating.Good, Rating.Good, Rating.Good, Rating.Good,
            Rating.RequiresImprovement, Rating.RequiresImprovement, Rating.RequiresImprovement, Rating.RequiresImprovement,
            Rating.RequiresImprovement, Rating.Good,
        ];
        Assert.Equal(new ProviderScore(15, 30, Rating.RequiresImprovement), Rules.Score(ratings));
        Assert.Equal("15/30", Rules.Score(ratings).ToString());
        Assert.Equal(new ProviderScore(30, 30, Rating.Outstanding), Rules.Score(Enumerable.Repeat(Rating.Outstanding, 10).ToList()));
    }

    [Fact]
    public void A_score_needs_every_standard() =>
        Assert.Throws<DomainRuleException>(() => Rules.Score(Enumerable.Repeat(Rating.Good, 9).ToList()));

    private static List<KeyQuestionFigure> Figures(Standard standard, params decimal?[] percentages) =>
        standard.KeyQuestions.Zip(percentages, (q, p) => new KeyQuestionFigure(q, p)).ToList();
}
