using ActionPlans.Core.Allocation;
using ActionPlans.Core.Cases;
using ActionPlans.Core.Ratings;

namespace ActionPlans.Core.Tests.Cases;

/// <summary>A case sample made up from a seed: every kind, both grades, harm factors or not, random answers where a question applies.</summary>
internal static class GeneratedSample
{
    public static readonly CaseQuestions Questions = CaseQuestions.Of(Frameworks.Load(Frameworks.AdultProbation2018));

    public static CaseSample Make(int cases, int seed)
    {
        var random = new Random(seed);
        var sample = new CaseSample(1);
        for (var n = 1; n <= cases; n++)
        {
            var kind = CaseWords.Kinds[random.Next(CaseWords.Kinds.Count)];
            var harm = random.Next(3) > 0;
            var answers = new Dictionary<string, bool>();
            foreach (var id in Questions.Ids)
                // About one answer in six left out: not applicable to this case, or not answered.
                if (Questions.NotAsked(id, kind, harm) is null && random.Next(6) > 0) answers[id] = random.Next(10) < 7;
            sample.Add(new CaseDetails($"C{n:000}", kind, random.Next(4) == 0 ? null : (OfficerGrade)random.Next(2), harm, answers, new CaseAllocation(null, null, [], null)));
        }
        return sample;
    }
}
