using ActionPlans.Core.Ratings;

namespace ActionPlans.Core.Cases;

/// <summary>
/// The questions a framework asks of inspected cases: the key questions of its case-sample standards (qualitative ones
/// give no figure, so no case answers them) and their prompts, in the framework's order, with the kinds of case each
/// is asked of.
/// </summary>
public sealed class CaseQuestions
{
    private readonly Dictionary<string, (KeyQuestion Question, Standard Standard)> _byId = new(StringComparer.Ordinal);

    public CaseQuestions(StandardsFramework framework)
    {
        foreach (var standard in framework.Standards.Where(s => s.CaseKinds.Count > 0))
            foreach (var question in standard.KeyQuestions.Where(q => !q.Qualitative))
            {
                KeyQuestions.Add(question);
                _byId[question.Id] = (question, standard);
                foreach (var prompt in question.Prompts)
                {
                    Prompts.Add(prompt);
                    _byId[prompt.Id] = (question, standard);
                }
            }
    }

    public static CaseQuestions Of(StandardsFramework framework) => new(framework);

    public List<KeyQuestion> KeyQuestions { get; } = [];
    public List<Prompt> Prompts { get; } = [];

    /// <summary>Every key question and prompt id, key questions first, as a CSV's columns list them.</summary>
    public IEnumerable<string> Ids => KeyQuestions.Select(q => q.Id).Concat(Prompts.Select(p => p.Id));

    public bool Knows(string id) => _byId.ContainsKey(id);

    /// <summary>The key question an id is, or the one a prompt underpins.</summary>
    public KeyQuestion KeyQuestionOf(string id) => _byId[id].Question;

    /// <summary>Why a case of this kind cannot answer the question or prompt; null when it is asked of it.</summary>
    public string? NotAsked(string id, CaseKind kind, bool harmFactors)
    {
        var (question, standard) = _byId[id];
        if (!standard.CaseKinds.Contains(kind))
            return $"{id} is not asked of {kind.Words()} cases ({standard.Id} {standard.Name} is inspected in {string.Join(" and ", standard.CaseKinds.Select(k => k.Words()))} cases)";
        if (question.HarmFactorsOnly && !harmFactors)
            return $"{id} is asked only of cases with harm factors: leave it empty or record the case's harm factors as yes";
        return null;
    }
}
