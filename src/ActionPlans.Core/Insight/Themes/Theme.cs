namespace ActionPlans.Core.Insight.Themes;

/// <summary>
/// A subject recommendations keep coming back to (risk of harm, workload, unpaid work…), with the phrases that place
/// a recommendation in it: one phrase a line, matched as whole words (see <see cref="ThemeRules"/>).
/// </summary>
public sealed class Theme
{
    public const int NameMaxLength = 100;
    public const int PhrasesMaxLength = 4000;

    private Theme() { Name = ""; Phrases = ""; }

    public Theme(string name, string phrases)
    {
        name = (name ?? "").Trim();
        if (name.Length is 0 or > NameMaxLength) throw new DomainRuleException($"A theme needs a name of at most {NameMaxLength} characters.", nameof(Name));
        Name = name;
        Phrases = RequirePhrases(phrases);
    }

    public int Id { get; private set; }
    public string Name { get; private set; }

    /// <summary>The phrases, one a line.</summary>
    public string Phrases { get; private set; }

    private static string RequirePhrases(string phrases)
    {
        phrases = string.Join("\n", (phrases ?? "").Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0));
        if (phrases.Length > PhrasesMaxLength) throw new DomainRuleException($"A theme's phrases are at most {PhrasesMaxLength} characters.", nameof(Phrases));
        return phrases;
    }
}
