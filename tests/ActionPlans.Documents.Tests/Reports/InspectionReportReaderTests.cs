using ActionPlans.Core.Ratings;
using ActionPlans.Core.Recommendations;
using ActionPlans.Documents.Reports;

namespace ActionPlans.Documents.Tests.Reports;

public class InspectionReportReaderTests
{
    private static readonly Lazy<InspectionReport> Read = new(() => new InspectionReportReader().Read(NorthumbriaReport.Text));
    private static InspectionReport Report => Read.Value;

    [SkippableFact]
    public void It_reads_the_provider_and_the_dates()
    {
        Assert.Equal("Northumbria Community Rehabilitation Company", Report.Provider);
        Assert.Equal(new ReportMonth(2020, 2), Report.Published);
        Assert.Equal(new DateOnly(2019, 9, 16), Report.FieldworkStarted);
        Assert.Equal(Frameworks.AdultProbation2018, Report.FrameworkId);
    }

    [SkippableFact]
    public void The_score_recomputed_from_the_ratings_matches_the_stated_one()
    {
        Assert.Equal(15, Report.StatedScore);
        Assert.Equal(15, Report.Score);
        Assert.Equal(Rating.RequiresImprovement, Report.Overall);
    }

    [SkippableFact]
    public void It_reads_nothing_it_doubts() => Assert.Empty(Report.Warnings);

    [SkippableTheory]
    [InlineData("1.1", "Leadership", Rating.Good, null, Rating.RequiresImprovement)]
    [InlineData("1.2", "Staff", Rating.Good, null, Rating.Good)]
    [InlineData("1.3", "Services", Rating.Good, null, Rating.Good)]
    [InlineData("1.4", "Information and facilities", Rating.Good, null, Rating.RequiresImprovement)]
    [InlineData("2.1", "Assessment", Rating.RequiresImprovement, Rating.RequiresImprovement, Rating.RequiresImprovement)]
    [InlineData("2.2", "Planning", Rating.RequiresImprovement, Rating.RequiresImprovement, Rating.Inadequate)]
    [InlineData("2.3", "Implementation and delivery", Rating.RequiresImprovement, Rating.RequiresImprovement, Rating.Inadequate)]
    [InlineData("2.4", "Reviewing", Rating.RequiresImprovement, Rating.Inadequate, Rating.Inadequate)]
    [InlineData("4.1", "Unpaid work", Rating.RequiresImprovement, Rating.Inadequate, Rating.Good)]
    [InlineData("4.2", "Through the Gate", Rating.Good, Rating.RequiresImprovement, Rating.RequiresImprovement)]
    public void Each_standard_has_its_stated_rule_and_previous_rating(string id, string name, Rating rating, Rating? ruleRating, Rating previous)
    {
        var standard = Report.Standards.Single(s => s.Id == id);
        Assert.Equal(name, standard.Name);
        Assert.Equal(rating, standard.Rating);
        Assert.Equal(ruleRating, standard.RuleRating);
        Assert.Equal(previous, standard.PreviousRating);
    }

    [SkippableFact]
    public void The_standards_come_in_framework_order() =>
        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "4.1", "4.2"], Report.Standards.Select(s => s.Id));

    [SkippableFact]
    public void Panels_used_discretion_on_reviewing_unpaid_work_and_through_the_gate_as_footnoted()
    {
        Assert.Equal(["2.4", "4.1", "4.2"], Report.Standards.Where(s => s.Discretion).Select(s => s.Id));
        Assert.All(Report.Standards.Where(s => s.Discretion), s => Assert.Matches("professional (judgement|discretion)", s.DiscretionRationale));
        Assert.All(Report.Standards.Where(s => !s.Discretion), s => Assert.Null(s.DiscretionRationale));
    }

    [SkippableTheory]
    [InlineData("2.4", DiscretionGrounds.NearBoundary)]
    [InlineData("4.1", DiscretionGrounds.NearBoundary | DiscretionGrounds.QualitativeEvidence)]
    [InlineData("4.2", DiscretionGrounds.NearBoundary)]
    [InlineData("2.1", DiscretionGrounds.None)]
    public void Each_panel_decision_is_within_the_rules(string id, DiscretionGrounds grounds) =>
        Assert.Equal(grounds, Report.Standards.Single(s => s.Id == id).DiscretionGrounds);

    [SkippableFact]
    public void Without_discretion_every_rated_standard_is_its_rule_rating() =>
        Assert.All(Report.Standards.Where(s => s.RuleRating is not null && !s.Discretion), s => Assert.Equal(s.RuleRating, s.Rating));

    [SkippableTheory]
    [InlineData("2.1.1", 74, 81, 68)]
    [InlineData("2.1.2", 80, 70, 63)]
    [InlineData("2.1.3", 58, 54, 55)]
    [InlineData("2.2.1", 78, 74, 63)]
    [InlineData("2.2.2", 74, 66, 64)]
    [InlineData("2.2.3", 51, 45, 46)]
    [InlineData("2.3.1", 79, 75, 70)]
    [InlineData("2.3.2", 68, 61, 52)]
    [InlineData("2.3.3", 56, 41, 41)]
    [InlineData("2.4.1", 65, null, 65)]
    [InlineData("2.4.2", 70, null, 62)]
    [InlineData("2.4.3", 48, 38, 44)]
    [InlineData("4.1.1", 48, null, null)]
    [InlineData("4.1.2", 79, null, null)]
    [InlineData("4.1.4", 84, null, null)]
    [InlineData("4.2.1", 64, 90, 69)]
    [InlineData("4.2.2", 82, 70, 62)]
    [InlineData("4.2.3", 91, 55, 59)]
    public void Each_key_question_has_its_current_previous_and_all_providers_figure(string id, int current, int? previous, int? allProviders)
    {
        var question = KeyQuestion(id);
        Assert.False(question.Qualitative);
        Assert.Equal(current, question.Current);
        Assert.Equal(previous, question.Previous);
        Assert.Equal(allProviders, question.AllProviders);
    }

    [SkippableFact]
    public void The_qualitative_unpaid_work_question_is_kept_without_a_figure()
    {
        var question = KeyQuestion("4.1.3");
        Assert.True(question.Qualitative);
        Assert.StartsWith("Do arrangements for unpaid work", question.Text);
        Assert.Null(question.Current);
        Assert.Empty(question.Prompts);
    }

    [SkippableFact]
    public void Key_questions_keep_the_reports_wording_without_footnote_marks()
    {
        Assert.Equal(4, Report.Standards.Single(s => s.Id == "4.1").KeyQuestions.Count);
        Assert.All(Report.Standards.SelectMany(s => s.KeyQuestions), q => Assert.EndsWith("?", q.Text));
        Assert.Contains(NorthumbriaReport.Lines, line => line.StartsWith(KeyQuestion("2.4.3").Text, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("2.1.1", 3)]
    [InlineData("2.1.3", 5)]
    [InlineData("2.2.1", 5)]
    [InlineData("2.3.1", 7)]
    [InlineData("2.3.2", 6)]
    [InlineData("2.4.3", 4)]
    [InlineData("4.1.1", 3)]
    [InlineData("4.1.4", 4)]
    [InlineData("4.2.1", 6)]
    [InlineData("4.2.3", 3)]
    public void Annex_four_prompts_sit_under_their_key_question(string id, int count) =>
        Assert.Equal(count, KeyQuestion(id).Prompts.Count);

    [SkippableTheory]
    [InlineData("2.1.1a", 81, 74)]
    [InlineData("2.1.1b", 62, null)]
    [InlineData("2.1.3d", 89, null)]
    [InlineData("2.2.3d", 46, 49)]
    [InlineData("2.3.1d", 44, 67)]
    [InlineData("2.3.2f", 68, null)]
    [InlineData("2.3.3e", 35, null)]
    [InlineData("2.4.3c", 33, 40)]
    [InlineData("4.1.1b", 42, null)]
    [InlineData("4.1.4d", 74, null)]
    [InlineData("4.2.1f", 18, null)]
    [InlineData("4.2.2a", null, 80)]
    [InlineData("4.2.3b", 82, 60)]
    public void Annex_four_prompt_figures_are_read(string id, int? current, int? previous)
    {
        var prompt = Report.Standards.SelectMany(s => s.KeyQuestions).SelectMany(q => q.Prompts).Single(p => p.Id == id);
        Assert.Equal(current, prompt.Current);
        Assert.Equal(previous, prompt.Previous);
    }

    [SkippableFact]
    public void It_reads_the_eight_new_recommendations_and_marks_the_repeated_one()
    {
        Assert.Equal(Enumerable.Range(1, 8), Report.Recommendations.Select(r => r.Number));
        Assert.Equal([3], Report.Recommendations.Where(r => r.Repeated).Select(r => r.Number));
        Assert.All(Report.Recommendations, r => Assert.Equal("Northumbria CRC", r.Addressee));
        Assert.StartsWith("ensure that people who require home visits", Report.Recommendations[1].Text);
        Assert.StartsWith("improve the quality of management oversight", Report.Recommendations[2].Text);
        Assert.All(Report.Recommendations, r => Assert.Contains($"{r.Number}. {r.Text}", NorthumbriaReport.Lines));
    }

    [SkippableFact]
    public void It_reads_the_previous_recommendations_with_the_progress_judged()
    {
        Assert.Equal(Enumerable.Range(1, 6), Report.PreviousRecommendations.Select(r => r.Number));
        Assert.Equal(
            [ProgressJudgement.Some, ProgressJudgement.Some, ProgressJudgement.Some, ProgressJudgement.Some, ProgressJudgement.Sufficient, ProgressJudgement.Sufficient],
            Report.PreviousRecommendations.Select(r => r.Progress));
        Assert.StartsWith("Ensure that all CRC premises are accessible", Report.PreviousRecommendations[2].Text);
        Assert.All(Report.PreviousRecommendations, r =>
        {
            Assert.DoesNotContain("*", r.Text);
            Assert.EndsWith(".", r.Text);
        });
    }

    private static ReportedKeyQuestion KeyQuestion(string id) => Report.Standards.SelectMany(s => s.KeyQuestions).Single(q => q.Id == id);
}
