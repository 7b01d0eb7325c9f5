using ActionPlans.Core.Allocation;
using ActionPlans.Core.Cases;

namespace ActionPlans.Core.Tests.Cases;

public sealed class CaseFiguresTests
{
    private static readonly CaseQuestions Questions = GeneratedSample.Questions;

    private static CaseDetails Case(string reference, CaseKind kind, OfficerGrade? grade, bool harm, params (string Id, bool Yes)[] answers) =>
        new(reference, kind, grade, harm, answers.ToDictionary(a => a.Id, a => a.Yes), new CaseAllocation(null, null, [], null));

    [Fact]
    public void A_key_question_is_the_share_of_the_cases_it_applies_to_answered_yes()
    {
        var sample = new CaseSample(1);
        sample.Add(Case("C001", CaseKind.Community, OfficerGrade.PO, true, ("2.1.1", true), ("2.1.3", false), ("2.1.1a", true)));
        sample.Add(Case("C002", CaseKind.Community, OfficerGrade.PSO, false, ("2.1.1", true)));
        sample.Add(Case("C003", CaseKind.PostRelease, OfficerGrade.PSO, true, ("2.1.1", false), ("2.1.3", true)));
        sample.Add(Case("C004", CaseKind.PostRelease, null, true, ("2.1.1", true)));
        sample.Add(Case("C005", CaseKind.UnpaidWork, null, false, ("4.1.1", true)));

        var figures = CaseFigures.Of(sample.Cases, Questions);

        var assessment = figures.KeyQuestion("2.1.1")!;
        Assert.Equal((3, 4), (assessment.Yes, assessment.Applicable));
        Assert.Equal(75m, assessment.Percent);
        // 100 × 1.2816 × √(0.75 × 0.25 / 4) = 27.75…
        Assert.Equal(27.7m, assessment.Margin);
        Assert.Equal((1, 2, 50m), (figures.KeyQuestion("2.1.3")!.Yes, figures.KeyQuestion("2.1.3")!.Applicable, figures.KeyQuestion("2.1.3")!.Percent));
        Assert.Equal((1, 1, 100m, 0m), (figures.KeyQuestion("4.1.1")!.Yes, figures.KeyQuestion("4.1.1")!.Applicable, figures.KeyQuestion("4.1.1")!.Percent, figures.KeyQuestion("4.1.1")!.Margin));
        var unanswered = figures.KeyQuestion("4.2.1")!;
        Assert.Equal((0, 0, null, null), (unanswered.Yes, unanswered.Applicable, unanswered.Percent, unanswered.Margin));
        Assert.Equal((1, 1), (figures.Prompts.Single(p => p.Id == "2.1.1a").Yes, figures.Prompts.Single(p => p.Id == "2.1.1a").Applicable));
        // Qualitative key questions (4.1.3) and judgements (domain 1) give no figure from cases.
        Assert.DoesNotContain(figures.KeyQuestions, f => f.Id is "4.1.3" or "1.1.1");

        var bySub = CaseFigures.BySubSample(sample.Cases, Questions).ToDictionary(s => s.Name);
        Assert.Equal((1, 1), (bySub["PO cases"].KeyQuestion("2.1.1")!.Yes, bySub["PO cases"].KeyQuestion("2.1.1")!.Applicable));
        Assert.Equal((1, 2), (bySub["PSO cases"].KeyQuestion("2.1.1")!.Yes, bySub["PSO cases"].KeyQuestion("2.1.1")!.Applicable));
        Assert.Equal((2, 3), (bySub["cases with harm factors"].KeyQuestion("2.1.1")!.Yes, bySub["cases with harm factors"].KeyQuestion("2.1.1")!.Applicable));
        Assert.Equal((1, 2), (bySub["post-release cases"].KeyQuestion("2.1.1")!.Yes, bySub["post-release cases"].KeyQuestion("2.1.1")!.Applicable));
        Assert.Equal(2, bySub["cases without harm factors"].Cases);
    }

    [Theory]
    [InlineData(97, 1)]
    [InlineData(250, 7)]
    public void Figures_of_a_generated_sample_are_its_hand_counts_for_the_whole_sample_and_every_sub_sample(int size, int seed)
    {
        var sample = GeneratedSample.Make(size, seed);
        var subSamples = CaseFigures.BySubSample(sample.Cases, Questions);
        Assert.Equal(["all cases", "community cases", "post-release cases", "unpaid work cases", "through the gate cases", "PO cases", "PSO cases", "cases with harm factors", "cases without harm factors"], subSamples.Select(s => s.Name));
        var members = new Dictionary<string, Func<InspectedCase, bool>>
        {
            ["all cases"] = _ => true,
            ["community cases"] = c => c.Kind == CaseKind.Community,
            ["post-release cases"] = c => c.Kind == CaseKind.PostRelease,
            ["unpaid work cases"] = c => c.Kind == CaseKind.UnpaidWork,
            ["through the gate cases"] = c => c.Kind == CaseKind.ThroughTheGate,
            ["PO cases"] = c => c.Grade == OfficerGrade.PO,
            ["PSO cases"] = c => c.Grade == OfficerGrade.PSO,
            ["cases with harm factors"] = c => c.HarmFactors,
            ["cases without harm factors"] = c => !c.HarmFactors,
        };
        foreach (var sub in subSamples)
        {
            var cases = sample.Cases.Where(members[sub.Name]).ToList();
            Assert.Equal(cases.Count, sub.Cases);
            foreach (var figure in sub.KeyQuestions.Concat(sub.Prompts))
            {
                int yes = 0, applicable = 0;
                foreach (var inspected in cases)
                {
                    var answer = inspected.Answer(figure.Id);
                    if (answer is null) continue;
                    applicable++;
                    if (answer.Value) yes++;
                }
                Assert.Equal((yes, applicable), (figure.Yes, figure.Applicable));
                if (applicable == 0) Assert.Null(figure.Percent);
                else Assert.Equal(Math.Round(100m * yes / applicable, 1, MidpointRounding.AwayFromZero), figure.Percent);
            }
        }
        // The harm questions are answered by cases with harm factors only.
        Assert.Equal(0, subSamples.Single(s => s.Name == "cases without harm factors").KeyQuestion("2.3.3")!.Applicable);
        Assert.True(subSamples[0].KeyQuestion("2.3.3")!.Applicable > 0);
    }
}
