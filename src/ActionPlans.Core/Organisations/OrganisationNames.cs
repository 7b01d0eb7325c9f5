using System.Text.RegularExpressions;

namespace ActionPlans.Core.Organisations;

/// <summary>
/// Documents name the same body in several ways ("Northumbria CRC", "Northumbria Community Rehabilitation
/// Company", "The NPS North West Division", "North West Division - National Probation Service"). A name's
/// key is the same for all of them, so an import finds the body it already has.
/// </summary>
public static partial class OrganisationNames
{
    private static readonly (string Short, string Long)[] Abbreviations =
    [
        ("crc", "community rehabilitation company"),
        ("nps", "national probation service"),
        ("hmpps", "her majestys prison and probation service"),
        ("moj", "ministry of justice"),
        ("hmcts", "her majestys courts and tribunals service"),
        ("hmip", "her majestys inspectorate of probation"),
    ];

    private static readonly HashSet<string> Filler = ["the", "of", "and", "ltd", "limited", "plc"];

    /// <summary>The distinct words of the name, abbreviations spelt out, sorted: word order does not matter.</summary>
    public static string Key(string name) => string.Join(' ', Spelt(name).Distinct().Order());

    /// <summary>The words of the name in order, abbreviations spelt out, without filler and punctuation.</summary>
    private static IEnumerable<string> Spelt(string name)
    {
        var text = " " + Words().Replace(name.ToLowerInvariant().Replace("'", "").Replace("’", ""), " ") + " ";
        text = text.Replace(" hm ", " her majestys ").Replace(" tribunal service ", " tribunals service ");
        foreach (var (s, l) in Abbreviations) text = text.Replace($" {s} ", $" {l} ");
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Filler.Contains(w));
    }

    public static bool Same(string a, string b) => Key(a) == Key(b);

    /// <summary>"The CRC should:" or "the Division" means the provider the plan is about.</summary>
    public static bool MeansTheProvider(string name) =>
        string.Join(' ', Spelt(name)) is "community rehabilitation company" or "division" or "provider" or "national probation service division";

    public static OrganisationKind KindOf(string name)
    {
        var key = " " + string.Join(' ', Spelt(name)) + " ";
        if (key.Contains(" community rehabilitation company ")) return OrganisationKind.CommunityRehabilitationCompany;
        if (key.Contains(" inspectorate ")) return OrganisationKind.Inspectorate;
        if (key.Contains(" national probation service ")) return OrganisationKind.NpsDivision;
        if (key.Contains(" prison probation service ") && key.Contains(" her majestys ")) return OrganisationKind.Hmpps;
        if (key.Contains(" ministry justice ")) return OrganisationKind.MinistryOfJustice;
        if (key.Contains(" courts ") && key.Contains(" tribunals ")) return OrganisationKind.Hmcts;
        if (key.Contains(" probation service ") && key.Contains(" region ")) return OrganisationKind.ProbationRegion;
        return OrganisationKind.OwningCompany;
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex Words();
}
