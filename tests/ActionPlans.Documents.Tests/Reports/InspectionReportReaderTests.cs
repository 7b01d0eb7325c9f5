using ActionPlans.Core.Ratings;
using ActionPlans.Core.Recommendations;
using ActionPlans.Documents.Reports;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Reports;

/// <summary>A report in the published layout, read exactly: our own copy always, seed 003 when the documents are at hand.</summary>
public class InspectionReportReaderTests
{
    // Read on first use, so that without the published documents their cases are skipped (the skip is rethrown on each use).
    private static readonly Dictionary<Copy, Lazy<InspectionReport>> Read = Layouts.Both.ToDictionary(
        copy => copy, copy => new Lazy<InspectionReport>(() => new InspectionReportReader().Read(LayoutReport.Text(copy))));

    private static InspectionReport Report(Copy copy) => Read[copy].Value;

    [SkippableTheory]
    [InlineData(Copy.Own, "Kestrel Vale Community Rehabilitation Company", 2025, 3, "2024-10-14")]
    [InlineData(Copy.Published, "Northumbria Community Rehabilitation Company", 2020, 2, "2019-09-16")]
    public void It_reads_the_provider_and_the_dates(Copy copy, string provider, int year, int month, string fieldwork)
    {
        var report = Report(copy);
        Assert.Equal(provider, report.Provider);
        Assert.Equal(new ReportMonth(year, month), report.Published);
        Assert.Equal(DateOnly.Parse(fieldwork, System.Globalization.CultureInfo.InvariantCulture), report.FieldworkStarted);
        Assert.Equal(Frameworks.AdultProbation2018, report.FrameworkId);
    }

    [SkippableTheory]
    [InlineData(Copy.Own, 13)]
    [InlineData(Copy.Published, 15)]
    public void The_score_recomputed_from_the_ratings_matches_the_stated_one(Copy copy, int score)
    {
        var report = Report(copy);
        Assert.Equal(score, report.StatedScore);
        Assert.Equal(score, report.Score);
        Assert.Equal(Rating.RequiresImprovement, report.Overall);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void It_reads_nothing_it_doubts(Copy copy) => Assert.Empty(Report(copy).Warnings);

    [SkippableTheory]
    [InlineData(Copy.Own, "1.1", "Leadership", Rating.Good, null, Rating.RequiresImprovement)]
    [InlineData(Copy.Own, "1.2", "Staff", Rating.RequiresImprovement, null, Rating.Good)]
    [InlineData(Copy.Own, "1.3", "Services", Rating.Good, null, Rating.Good)]
    [InlineData(Copy.Own, "1.4", "Information and facilities", Rating.RequiresImprovement, null, Rating.Inadequate)]
    [InlineData(Copy.Own, "2.1", "Assessment", Rating.RequiresImprovement, Rating.RequiresImprovement, Rating.Good)]
    [InlineData(Copy.Own, "2.2", "Planning", Rating.RequiresImprovement, Rating.RequiresImprovement, Rating.RequiresImprovement)]
    [InlineData(Copy.Own, "2.3", "Implementation and delivery", Rating.RequiresImprovement, Rating.RequiresImprovement, Rating.Inadequate)]
    [InlineData(Copy.Own, "2.4", "Reviewing", Rating.RequiresImprovement, Rating.Inadequate, Rating.Inadequate)]
    [InlineData(Copy.Own, "4.1", "Unpaid work", Rating.RequiresImprovement, Rating.Inadequate, Rating.Good)]
    [InlineData(Copy.Own, "4.2", "Through the Gate", Rating.Good, Rating.RequiresImprovement, Rating.RequiresImprovement)]
    [InlineData(Copy.Published, "1.1", "Leadership", Rating.Good, null, Rating.RequiresImprovement)]
    [InlineData(Copy.Published, "1.2", "Staff", Rating.Good, null, Rating.Good)]
    [InlineData(Copy.Published, "1.3", "Services", Rating.Good, null, Rating.Good)]
    [InlineData(Copy.Published, "1.4", "Information and facilities", Rating.Good, null, Rating.RequiresImprovement)]
    [InlineData(Copy.Published, "2.1", "Assessment", Rating.RequiresImprovement, Rating.RequiresImprovement, Rating.RequiresImprovement)]
    [InlineData(Copy.Published, "2.2", "Planning", Rating.RequiresImprovement, Rating.RequiresImprovement, Rating.Inadequate)]
    [InlineData(Copy.Published, "2.3", "Implementation and delivery", Rating.RequiresImprovement, Rating.RequiresImprovement, Rating.Inadequate)]
    [InlineData(Copy.Published, "2.4", "Reviewing", Rating.RequiresImprovement, Rating.Inadequate, Rating.Inadequate)]
    [InlineData(Copy.Published, "4.1", "Unpaid work", Rating.RequiresImprovement, Rating.Inadequate, Rating.Good)]
    [InlineData(Copy.Published, "4.2", "Through the Gate", Rating.Good, Rating.RequiresImprovement, Rating.RequiresImprovement)]
    public void Each_standard_has_its_stated_rule_and_previous_rating(Copy copy, string id, string name, Rating rating, Rating? ruleRating, Rating previous)
    {
        var standard = Report(copy).Standards.Single(s => s.Id == id);
        Assert.Equal(name, standard.Name);
        Assert.Equal(rating, standard.Rating);
        Assert.Equal(ruleRating, standard.RuleRating);
        Assert.Equal(previous, standard.PreviousRating);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void The_standards_come_in_framework_order(Copy copy) =>
        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "4.1", "4.2"], Report(copy).Standards.Select(s => s.Id));

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Panels_used_discretion_on_reviewing_unpaid_work_and_through_the_gate_as_footnoted(Copy copy)
    {
        var report = Report(copy);
        Assert.Equal(["2.4", "4.1", "4.2"], report.Standards.Where(s => s.Discretion).Select(s => s.Id));
        Assert.All(report.Standards.Where(s => s.Discretion), s => Assert.Matches("professional (judgement|discretion)", s.DiscretionRationale));
        Assert.All(report.Standards.Where(s => !s.Discretion), s => Assert.Null(s.DiscretionRationale));
    }

    /// <summary>Each row given, in both copies.</summary>
    public static TheoryData<Copy, string, DiscretionGrounds> PanelDecisions()
    {
        var data = new TheoryData<Copy, string, DiscretionGrounds>();
        foreach (var copy in Layouts.Both)
        {
            data.Add(copy, "2.4", DiscretionGrounds.NearBoundary);
            data.Add(copy, "4.1", DiscretionGrounds.NearBoundary | DiscretionGrounds.QualitativeEvidence);
            data.Add(copy, "4.2", DiscretionGrounds.NearBoundary);
            data.Add(copy, "2.1", DiscretionGrounds.None);
        }
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(PanelDecisions))]
    public void Each_panel_decision_is_within_the_rules(Copy copy, string id, DiscretionGrounds grounds) =>
        Assert.Equal(grounds, Report(copy).Standards.Single(s => s.Id == id).DiscretionGrounds);

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Without_discretion_every_rated_standard_is_its_rule_rating(Copy copy) =>
        Assert.All(Report(copy).Standards.Where(s => s.RuleRating is not null && !s.Discretion), s => Assert.Equal(s.RuleRating, s.Rating));

    [SkippableTheory]
    [InlineData(Copy.Own, "2.1.1", 72, 70, 67)]
    [InlineData(Copy.Own, "2.1.2", 66, 68, 64)]
    [InlineData(Copy.Own, "2.1.3", 57, 52, 58)]
    [InlineData(Copy.Own, "2.2.1", 75, 71, 66)]
    [InlineData(Copy.Own, "2.2.2", 70, 62, 65)]
    [InlineData(Copy.Own, "2.2.3", 53, 49, 47)]
    [InlineData(Copy.Own, "2.3.1", 80, 77, 71)]
    [InlineData(Copy.Own, "2.3.2", 69, 60, 55)]
    [InlineData(Copy.Own, "2.3.3", 58, 45, 43)]
    [InlineData(Copy.Own, "2.4.1", 62, null, 61)]
    [InlineData(Copy.Own, "2.4.2", 67, null, 63)]
    [InlineData(Copy.Own, "2.4.3", 47, 41, 45)]
    [InlineData(Copy.Own, "4.1.1", 46, null, null)]
    [InlineData(Copy.Own, "4.1.2", 77, null, null)]
    [InlineData(Copy.Own, "4.1.4", 81, null, null)]
    [InlineData(Copy.Own, "4.2.1", 62, 85, 66)]
    [InlineData(Copy.Own, "4.2.2", 83, 66, 60)]
    [InlineData(Copy.Own, "4.2.3", 90, 58, 61)]
    [InlineData(Copy.Published, "2.1.1", 74, 81, 68)]
    [InlineData(Copy.Published, "2.1.2", 80, 70, 63)]
    [InlineData(Copy.Published, "2.1.3", 58, 54, 55)]
    [InlineData(Copy.Published, "2.2.1", 78, 74, 63)]
    [InlineData(Copy.Published, "2.2.2", 74, 66, 64)]
    [InlineData(Copy.Published, "2.2.3", 51, 45, 46)]
    [InlineData(Copy.Published, "2.3.1", 79, 75, 70)]
    [InlineData(Copy.Published, "2.3.2", 68, 61, 52)]
    [InlineData(Copy.Published, "2.3.3", 56, 41, 41)]
    [InlineData(Copy.Published, "2.4.1", 65, null, 65)]
    [InlineData(Copy.Published, "2.4.2", 70, null, 62)]
    [InlineData(Copy.Published, "2.4.3", 48, 38, 44)]
    [InlineData(Copy.Published, "4.1.1", 48, null, null)]
    [InlineData(Copy.Published, "4.1.2", 79, null, null)]
    [InlineData(Copy.Published, "4.1.4", 84, null, null)]
    [InlineData(Copy.Published, "4.2.1", 64, 90, 69)]
    [InlineData(Copy.Published, "4.2.2", 82, 70, 62)]
    [InlineData(Copy.Published, "4.2.3", 91, 55, 59)]
    public void Each_key_question_has_its_current_previous_and_all_providers_figure(Copy copy, string id, int current, int? previous, int? allProviders)
    {
        var question = KeyQuestion(copy, id);
        Assert.False(question.Qualitative);
        Assert.Equal(current, question.Current);
        Assert.Equal(previous, question.Previous);
        Assert.Equal(allProviders, question.AllProviders);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void The_qualitative_unpaid_work_question_is_kept_without_a_figure(Copy copy)
    {
        var question = KeyQuestion(copy, "4.1.3");
        Assert.True(question.Qualitative);
        Assert.StartsWith("Do arrangements for unpaid work", question.Text);
        Assert.Null(question.Current);
        Assert.Empty(question.Prompts);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Key_questions_keep_the_reports_wording_without_footnote_marks(Copy copy)
    {
        var report = Report(copy);
        Assert.Equal(4, report.Standards.Single(s => s.Id == "4.1").KeyQuestions.Count);
        Assert.All(report.Standards.SelectMany(s => s.KeyQuestions), q => Assert.EndsWith("?", q.Text));
        Assert.Contains(LayoutReport.Lines(copy), line => line.StartsWith(KeyQuestion(copy, "2.4.3").Text, StringComparison.Ordinal));
    }

    /// <summary>How many prompts Annex 4 lists under each key question: the framework's, so the same in both copies.</summary>
    public static TheoryData<Copy, string, int> PromptCounts()
    {
        var data = new TheoryData<Copy, string, int>();
        foreach (var copy in Layouts.Both)
            foreach (var (id, count) in new[] { ("2.1.1", 3), ("2.1.3", 5), ("2.2.1", 5), ("2.3.1", 7), ("2.3.2", 6), ("2.4.3", 4), ("4.1.1", 3), ("4.1.4", 4), ("4.2.1", 6), ("4.2.3", 3) })
                data.Add(copy, id, count);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(PromptCounts))]
    public void Annex_four_prompts_sit_under_their_key_question(Copy copy, string id, int count) =>
        Assert.Equal(count, KeyQuestion(copy, id).Prompts.Count);

    [SkippableTheory]
    [InlineData(Copy.Own, "2.1.1a", 78, 70)]
    [InlineData(Copy.Own, "2.1.1b", 64, null)]
    [InlineData(Copy.Own, "2.1.3d", 79, 75)]
    [InlineData(Copy.Own, "2.2.3d", 44, 51)]
    [InlineData(Copy.Own, "2.3.1d", 58, 54)]
    [InlineData(Copy.Own, "2.3.2f", 74, 70)]
    [InlineData(Copy.Own, "2.3.3e", 36, null)]
    [InlineData(Copy.Own, "2.4.3c", 31, 39)]
    [InlineData(Copy.Own, "4.1.1b", 40, null)]
    [InlineData(Copy.Own, "4.1.4d", 55, 51)]
    [InlineData(Copy.Own, "4.2.1f", 62, 58)]
    [InlineData(Copy.Own, "4.2.2a", null, 77)]
    [InlineData(Copy.Own, "4.2.3b", 85, 63)]
    [InlineData(Copy.Published, "2.1.1a", 81, 74)]
    [InlineData(Copy.Published, "2.1.1b", 62, null)]
    [InlineData(Copy.Published, "2.1.3d", 89, null)]
    [InlineData(Copy.Published, "2.2.3d", 46, 49)]
    [InlineData(Copy.Published, "2.3.1d", 44, 67)]
    [InlineData(Copy.Published, "2.3.2f", 68, null)]
    [InlineData(Copy.Published, "2.3.3e", 35, null)]
    [InlineData(Copy.Published, "2.4.3c", 33, 40)]
    [InlineData(Copy.Published, "4.1.1b", 42, null)]
    [InlineData(Copy.Published, "4.1.4d", 74, null)]
    [InlineData(Copy.Published, "4.2.1f", 18, null)]
    [InlineData(Copy.Published, "4.2.2a", null, 80)]
    [InlineData(Copy.Published, "4.2.3b", 82, 60)]
    public void Annex_four_prompt_figures_are_read(Copy copy, string id, int? current, int? previous)
    {
        var prompt = Report(copy).Standards.SelectMany(s => s.KeyQuestions).SelectMany(q => q.Prompts).Single(p => p.Id == id);
        Assert.Equal(current, prompt.Current);
        Assert.Equal(previous, prompt.Previous);
    }

    [SkippableTheory]
    [InlineData(Copy.Own, "Kestrel Vale CRC", "see that people who need a visit at home", "strengthen the way managers check cases")]
    [InlineData(Copy.Published, "Northumbria CRC", "ensure that people who require home visits", "improve the quality of management oversight")]
    public void It_reads_the_eight_new_recommendations_and_marks_the_repeated_one(Copy copy, string addressee, string second, string third)
    {
        var report = Report(copy);
        Assert.Equal(Enumerable.Range(1, 8), report.Recommendations.Select(r => r.Number));
        Assert.Equal([3], report.Recommendations.Where(r => r.Repeated).Select(r => r.Number));
        Assert.All(report.Recommendations, r => Assert.Equal(addressee, r.Addressee));
        Assert.StartsWith(second, report.Recommendations[1].Text);
        Assert.StartsWith(third, report.Recommendations[2].Text);
        Assert.All(report.Recommendations, r => Assert.Contains($"{r.Number}. {r.Text}", LayoutReport.Lines(copy)));
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void It_reads_the_previous_recommendations_with_the_progress_judged(Copy copy)
    {
        var report = Report(copy);
        var (progress, third) = copy == Copy.Own
            ? (new ProgressJudgement?[] { ProgressJudgement.Some, ProgressJudgement.Sufficient, ProgressJudgement.None, ProgressJudgement.Some, ProgressJudgement.Sufficient, ProgressJudgement.Some },
               "Make sure that every office can be reached")
            : (new ProgressJudgement?[] { ProgressJudgement.Some, ProgressJudgement.Some, ProgressJudgement.Some, ProgressJudgement.Some, ProgressJudgement.Sufficient, ProgressJudgement.Sufficient },
               "Ensure that all CRC premises are accessible");
        Assert.Equal(Enumerable.Range(1, 6), report.PreviousRecommendations.Select(r => r.Number));
        Assert.Equal(progress, report.PreviousRecommendations.Select(r => r.Progress));
        Assert.StartsWith(third, report.PreviousRecommendations[2].Text);
        Assert.All(report.PreviousRecommendations, r =>
        {
            Assert.DoesNotContain("*", r.Text);
            Assert.EndsWith(".", r.Text);
        });
    }

    private static ReportedKeyQuestion KeyQuestion(Copy copy, string id) => Report(copy).Standards.SelectMany(s => s.KeyQuestions).Single(q => q.Id == id);
}
