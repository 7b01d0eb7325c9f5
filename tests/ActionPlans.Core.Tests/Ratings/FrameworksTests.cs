using ActionPlans.Core.Ratings;

namespace ActionPlans.Core.Tests.Ratings;

public class FrameworksTests
{
    private static readonly StandardsFramework Framework = Frameworks.Load(Frameworks.AdultProbation2018);

    [Fact]
    public void The_adult_probation_framework_is_listed_and_loads_with_its_version()
    {
        Assert.Contains(Frameworks.AdultProbation2018, Frameworks.Available);
        Assert.Equal("hmip-adult-probation-2018", Framework.Id);
        Assert.Equal("2018", Framework.Version);
    }

    [Fact]
    public void Asking_for_an_unknown_framework_names_the_ones_there_are()
    {
        var error = Assert.Throws<DomainRuleException>(() => Frameworks.Load("youth-justice-2030"));
        Assert.Contains(Frameworks.AdultProbation2018, error.Message);
    }

    [Fact]
    public void It_has_ten_standards_in_three_domains()
    {
        Assert.Equal([1, 2, 3], Framework.Domains.Select(d => d.Number));
        Assert.Equal(
            ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "4.1", "4.2"],
            Framework.Standards.Select(s => s.Id));
        Assert.Equal(
            ["Leadership", "Staff", "Services", "Information and facilities", "Assessment", "Planning",
             "Implementation and delivery", "Reviewing", "Unpaid work", "Through the Gate"],
            Framework.Standards.Select(s => s.Name));
    }

    [Fact]
    public void Domain_one_standards_are_judgements_and_the_rest_are_rated_from_key_questions()
    {
        Assert.All(Framework.Domains[0].Standards, s => Assert.True(s.IsJudgement));
        Assert.All(Framework.Domains.Skip(1).SelectMany(d => d.Standards), s => Assert.Equal(RatedBy.KeyQuestions, s.RatedBy));
    }

    [Theory]
    [InlineData("1.1", 3)]
    [InlineData("1.2", 5)]
    [InlineData("1.3", 3)]
    [InlineData("1.4", 4)]
    [InlineData("2.1", 3)]
    [InlineData("2.2", 3)]
    [InlineData("2.3", 3)]
    [InlineData("2.4", 3)]
    [InlineData("4.1", 4)]
    [InlineData("4.2", 3)]
    public void Each_standard_has_its_key_questions_numbered_under_it(string standardId, int count)
    {
        var standard = Framework.Standard(standardId);
        Assert.Equal(Enumerable.Range(1, count).Select(n => $"{standardId}.{n}"), standard.KeyQuestions.Select(q => q.Id));
        Assert.All(standard.KeyQuestions, q => Assert.EndsWith("?", q.Text));
    }

    [Theory]
    [InlineData("2.1", new[] { 3, 3, 5 })]
    [InlineData("2.2", new[] { 5, 3, 4 })]
    [InlineData("2.3", new[] { 7, 6, 5 })]
    [InlineData("2.4", new[] { 4, 4, 4 })]
    [InlineData("4.1", new[] { 3, 3, 0, 4 })]
    [InlineData("4.2", new[] { 6, 4, 3 })]
    public void Case_sample_key_questions_carry_their_annex_four_prompts(string standardId, int[] promptCounts)
    {
        var questions = Framework.Standard(standardId).KeyQuestions;
        Assert.Equal(promptCounts, questions.Select(q => q.Prompts.Count));
        Assert.Equal($"{standardId}.1a", questions[0].Prompts[0].Id);
    }

    [Fact]
    public void Unpaid_work_rehabilitation_is_qualitative_and_may_move_the_rating()
    {
        var unpaidWork = Framework.Standard("4.1");
        Assert.Equal(["4.1.3"], unpaidWork.KeyQuestions.Where(q => q.Qualitative).Select(q => q.Id));
        Assert.Equal("4.1.3", unpaidWork.QualitativeMove);
        Assert.Null(Framework.Standard("2.4").QualitativeMove);
    }

    [Fact]
    public void Keeping_other_people_safe_is_judged_on_cases_with_risk_of_harm()
    {
        Assert.Equal("cases with risk of harm", Framework.Standard("2.2").KeyQuestions[2].Sample);
        Assert.Equal("all cases", Framework.Standard("2.2").KeyQuestions[0].Sample);
    }

    [Fact]
    public void Through_the_gate_is_also_known_as_three_point_two()
    {
        Assert.Equal("4.2", Framework.Standard("3.2").Id);
        Assert.Null(Framework.FindStandard("3.3"));
        Assert.Throws<DomainRuleException>(() => Framework.Standard("5.1"));
    }
}
