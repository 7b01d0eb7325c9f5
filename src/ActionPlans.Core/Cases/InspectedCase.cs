using ActionPlans.Core.Allocation;

namespace ActionPlans.Core.Cases;

/// <summary>
/// One case of an inspection's case sample: its reference (never a name), kind, the sub-samples it falls in, the
/// answer to each question asked of it and how the provider allocated it.
/// </summary>
public sealed class InspectedCase
{
    private InspectedCase() { Reference = ""; AnswerRecord = ""; FlagWords = ""; }

    internal InspectedCase(CaseDetails details)
    {
        Reference = AnswerRecord = FlagWords = "";
        Change(details);
    }

    public int Id { get; private set; }
    public int CaseSampleId { get; private set; }
    public string Reference { get; private set; }
    public CaseKind Kind { get; private set; }

    /// <summary>The grade of the officer who holds the case, as given (PO or PSO); null when not recorded.</summary>
    public OfficerGrade? Grade { get; private set; }

    /// <summary>The case has factors related to harm, so the questions on keeping other people safe are asked of it.</summary>
    public bool HarmFactors { get; private set; }

    /// <summary>
    /// The answers as one line, "2.1.1=yes 2.1.1a=no …"; a question not in it does not apply or was not answered.
    /// Kept so, a case is one row and its audit entry reads as the answers changed.
    /// </summary>
    public string AnswerRecord { get; private set; }

    public int? Ogrs { get; private set; }
    public string? Rosh { get; private set; }

    /// <summary>The allocation flags, separated by spaces.</summary>
    public string FlagWords { get; private set; }
    public string? Band { get; private set; }

    public const int AnswerRecordMaxLength = 4000;

    public IReadOnlyDictionary<string, bool> Answers => AnswerRecord.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(a => a.Split('=')).ToDictionary(a => a[0], a => a[1] == "yes", StringComparer.Ordinal);

    public IReadOnlyList<string> Flags => FlagWords.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public CaseAllocation Allocation => new(Ogrs, Rosh, Flags, Band);

    /// <summary>The case's answer to a key question or prompt: null when it does not apply or was not answered.</summary>
    public bool? Answer(string id) => Answers.TryGetValue(id, out var yes) ? yes : null;

    internal void Change(CaseDetails details)
    {
        var record = string.Join(' ', details.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={CaseWords.YesNo(a.Value)}"));
        if (record.Length > AnswerRecordMaxLength) throw new DomainRuleException($"Case {details.Reference} has more answers than a case can hold.");
        Reference = details.Reference;
        Kind = details.Kind;
        Grade = details.Grade;
        HarmFactors = details.HarmFactors;
        AnswerRecord = record;
        Ogrs = details.Allocation.Ogrs;
        Rosh = details.Allocation.Rosh;
        FlagWords = string.Join(' ', details.Allocation.Flags);
        Band = details.Allocation.Band;
    }
}
