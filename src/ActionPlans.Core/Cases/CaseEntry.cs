using ActionPlans.Core.Allocation;
using System.Globalization;

namespace ActionPlans.Core.Cases;

/// <summary>The fields of a case as a person wrote them (a form, a CSV row); <see cref="Read"/> checks them all.</summary>
public sealed record CaseEntry
{
    public string Reference { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Grade { get; init; } = "";
    public string Harm { get; init; } = "";

    /// <summary>Each key question's or prompt's answer by its id: yes, no, or empty for not applicable.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Answers { get; init; } = [];

    public string Ogrs { get; init; } = "";
    public string Rosh { get; init; } = "";
    public string Flags { get; init; } = "";
    public string Band { get; init; } = "";

    /// <summary>
    /// The case, or every problem with it, each naming its field (<see cref="CaseFields"/>, or the question's id), so a
    /// form shows it beside the field and an import beside the column.
    /// </summary>
    public (CaseDetails? Details, IReadOnlyList<CaseProblem> Problems) Read(CaseQuestions questions)
    {
        var problems = new List<CaseProblem>();
        void Refuse(string field, string message) => problems.Add(new CaseProblem(field, message));

        if (CaseReference.Problem(Reference) is { } badReference) Refuse(CaseFields.Reference, badReference);
        var kind = CaseWords.ReadKind(Kind);
        if (kind is null)
            Refuse(CaseFields.Kind, Kind.Trim().Length == 0
                ? $"Enter the kind of case: {Choices}"
                : $"'{Kind.Trim()}' is not a kind of case: {Choices}");
        OfficerGrade? grade = null;
        if (Grade.Trim().Length > 0 && (grade = CaseWords.ReadGrade(Grade)) is null)
            Refuse(CaseFields.Grade, $"The officer's grade is PO or PSO, not '{Grade.Trim()}'");
        var harm = CaseWords.ReadYesNo(Harm);
        if (harm is null) Refuse(CaseFields.Harm, Harm.Trim().Length == 0 ? "Say whether the case has harm factors: yes or no" : $"Harm factors are yes or no, not '{Harm.Trim()}'");

        var answers = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (id, text) in Answers)
        {
            if (!questions.Knows(id))
            {
                Refuse(id, $"{id} is not a key question or prompt of the framework");
                continue;
            }
            if (text.Trim().Length == 0) continue;
            if (CaseWords.ReadYesNo(text) is not { } answer)
            {
                Refuse(id, $"The answer to {id} is yes, no, or empty when it does not apply, not '{text.Trim()}'");
                continue;
            }
            if (kind is { } k && harm is { } h && questions.NotAsked(id, k, h) is { } notAsked)
            {
                Refuse(id, notAsked);
                continue;
            }
            answers[id] = answer;
        }

        var allocation = ReadAllocation(Refuse);
        if (problems.Count > 0) return (null, problems);
        return (new CaseDetails(Reference.Trim(), kind!.Value, grade, harm!.Value, answers, allocation), problems);
    }

    private CaseAllocation ReadAllocation(Action<string, string> refuse)
    {
        int? ogrs = null;
        if (Ogrs.Trim().Length > 0)
        {
            if (int.TryParse(Ogrs.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score <= 100) ogrs = score;
            else refuse(CaseFields.Ogrs, $"The OGRS score is a whole number from 0 to 100, not '{Ogrs.Trim()}'");
        }
        string? rosh = null;
        if (Rosh.Trim().Length > 0)
        {
            rosh = Rosh.Trim().ToLowerInvariant();
            if (!CaseAllocation.RiskLevels.Contains(rosh)) refuse(CaseFields.Rosh, $"The risk of serious harm is low or medium, not '{Rosh.Trim()}'");
        }
        var flags = Flags.Split([';', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(f => f.ToLowerInvariant()).Distinct().ToList();
        foreach (var flag in flags.Where(f => f.Length > CaseAllocation.FlagMaxLength || !f.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
            refuse(CaseFields.Flags, $"A flag is one word of letters, digits and hyphens, such as iom, not '{flag}'");
        if (flags.Sum(f => f.Length + 1) > CaseAllocation.FlagsMaxLength)
            refuse(CaseFields.Flags, $"The flags of a case are at most {CaseAllocation.FlagsMaxLength} characters in all");
        var band = Band.Trim();
        if (band.Length > CaseAllocation.BandMaxLength) refuse(CaseFields.Band, $"A band is at most {CaseAllocation.BandMaxLength} characters");
        return new CaseAllocation(ogrs, rosh, flags, band.Length == 0 ? null : band);
    }

    private static string Choices => string.Join(", ", CaseWords.Kinds.Select(k => k.Words()));
}

/// <summary>What is wrong with one field of a case: a name of <see cref="CaseFields"/> or a question's id.</summary>
public sealed record CaseProblem(string Field, string Message);

/// <summary>The names of a case's fields, which are also its CSV columns.</summary>
public static class CaseFields
{
    public const string Reference = "reference";
    public const string Kind = "kind";
    public const string Grade = "grade";
    public const string Harm = "harm";
    public const string Ogrs = "ogrs";
    public const string Rosh = "rosh";
    public const string Flags = "flags";
    public const string Band = "band";

    public static readonly IReadOnlyList<string> Leading = [Reference, Kind, Grade, Harm];
    public static readonly IReadOnlyList<string> Allocation = [Ogrs, Rosh, Flags, Band];
}

/// <summary>A case as checked: what <see cref="CaseSample"/> records.</summary>
public sealed record CaseDetails(string Reference, CaseKind Kind, OfficerGrade? Grade, bool HarmFactors, IReadOnlyDictionary<string, bool> Answers, CaseAllocation Allocation);

/// <summary>
/// How the provider allocated a case, as given: the risk of reoffending (OGRS), the risk of serious harm, the flags
/// and the colour band. Only the form is checked here; what the provider's guidance makes of them is the allocation check's.
/// </summary>
public sealed record CaseAllocation(int? Ogrs, string? Rosh, IReadOnlyList<string> Flags, string? Band)
{
    public static readonly IReadOnlyList<string> RiskLevels = ["low", "medium"];
    public const int FlagMaxLength = 40;
    public const int FlagsMaxLength = 400;
    public const int BandMaxLength = 40;
}
