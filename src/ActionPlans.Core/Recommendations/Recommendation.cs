using ActionPlans.Core.Organisations;

namespace ActionPlans.Core.Recommendations;

/// <summary>A numbered recommendation of an inspection report, addressed to one body.</summary>
public sealed class Recommendation
{
    public const int TextMaxLength = 4000;

    private Recommendation() { Text = ""; Addressee = null!; }

    internal Recommendation(int number, string text, Organisation addressee, Recommendation? repeatedFrom)
    {
        if (number < 1) throw new DomainRuleException("A recommendation's number starts at 1.");
        Number = number;
        Text = RequireText(text);
        Addressee = addressee;
        RepeatedFrom = repeatedFrom;
        IsRepeated = repeatedFrom is not null;
    }

    public int Id { get; private set; }
    public int InspectionId { get; private set; }
    public int Number { get; private set; }
    public string Text { get; private set; }
    public int AddresseeId { get; private set; }
    public Organisation Addressee { get; private set; }

    /// <summary>The report says this recommendation repeats one from the previous inspection.</summary>
    public bool IsRepeated { get; private set; }

    public int? RepeatedFromId { get; private set; }
    public Recommendation? RepeatedFrom { get; private set; }

    /// <summary>The next inspection's judgement of progress on this recommendation, once made.</summary>
    public ProgressJudgement? JudgedProgress { get; private set; }

    public void MarkRepeated(Recommendation? previous)
    {
        IsRepeated = true;
        RepeatedFrom = previous;
    }

    public void Judge(ProgressJudgement? judgement) => JudgedProgress = judgement;

    private static string RequireText(string text)
    {
        text = (text ?? "").Trim();
        if (text.Length == 0) throw new DomainRuleException("A recommendation needs its text.");
        if (text.Length > TextMaxLength) throw new DomainRuleException($"A recommendation is at most {TextMaxLength} characters.");
        return text;
    }
}
