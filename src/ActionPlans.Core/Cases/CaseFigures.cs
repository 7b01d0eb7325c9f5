using ActionPlans.Core.Allocation;

namespace ActionPlans.Core.Cases;

/// <summary>
/// One key question's or prompt's figure from the cases: how many were answered yes of those it applies to (answered
/// yes or no), the percentage and its margin of error (<see cref="SampleStatistics.MarginOfError"/>), both to one
/// decimal place; no percentage when no case answers it.
/// </summary>
public sealed record QuestionFigure(string Id, int Yes, int Applicable)
{
    public decimal? Percent => Applicable == 0 ? null : Math.Round(100m * Yes / Applicable, 1, MidpointRounding.AwayFromZero);

    public decimal? Margin => Applicable == 0 ? null : SampleStatistics.MarginOfError(Yes, Applicable);
}

/// <summary>The figures of the whole sample or of one sub-sample, such as the PSO cases.</summary>
public sealed record SampleFigures(string Name, int Cases, IReadOnlyList<QuestionFigure> KeyQuestions, IReadOnlyList<QuestionFigure> Prompts)
{
    public QuestionFigure? KeyQuestion(string id) => KeyQuestions.FirstOrDefault(f => f.Id == id);
}

/// <summary>A case sample's figures: the share of applicable cases answered yes, per key question and prompt.</summary>
public static class CaseFigures
{
    public const string WholeSample = "all cases";

    public static SampleFigures Of(IReadOnlyCollection<InspectedCase> cases, CaseQuestions questions, string name = WholeSample)
    {
        var answers = cases.Select(c => c.Answers).ToList();
        QuestionFigure Figure(string id) => new(id, answers.Count(a => a.TryGetValue(id, out var yes) && yes), answers.Count(a => a.ContainsKey(id)));
        return new SampleFigures(name, cases.Count, questions.KeyQuestions.Select(q => Figure(q.Id)).ToList(), questions.Prompts.Select(p => Figure(p.Id)).ToList());
    }

    /// <summary>The whole sample, then each kind of case, each officer grade and cases with and without harm factors.</summary>
    public static IReadOnlyList<SampleFigures> BySubSample(IReadOnlyCollection<InspectedCase> cases, CaseQuestions questions)
    {
        var subSamples = new List<(string Name, Func<InspectedCase, bool> Holds)>();
        subSamples.AddRange(CaseWords.Kinds.Select(k => ($"{k.Words()} cases", (Func<InspectedCase, bool>)(c => c.Kind == k))));
        // Probation officers first, as reports list the grades.
        subSamples.AddRange(Enum.GetValues<OfficerGrade>().OrderDescending().Select(g => ($"{g} cases", (Func<InspectedCase, bool>)(c => c.Grade == g))));
        subSamples.Add(("cases with harm factors", c => c.HarmFactors));
        subSamples.Add(("cases without harm factors", c => !c.HarmFactors));
        return subSamples.Select(s => Of(cases.Where(s.Holds).ToList(), questions, s.Name)).Prepend(Of(cases, questions)).ToList();
    }
}
