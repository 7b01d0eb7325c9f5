using ActionPlans.Core.Allocation;

namespace ActionPlans.Core.Cases;

/// <summary>The words a case sample is written in, on forms and in CSV files, read and written in one place.</summary>
public static class CaseWords
{
    public static readonly IReadOnlyList<CaseKind> Kinds = Enum.GetValues<CaseKind>();

    public static string Words(this CaseKind kind) => kind switch
    {
        CaseKind.Community => "community",
        CaseKind.PostRelease => "post-release",
        CaseKind.UnpaidWork => "unpaid work",
        CaseKind.ThroughTheGate => "through the gate",
        _ => kind.ToString(),
    };

    /// <summary>"community", "Post-release", "unpaid_work", "Through the Gate"…: case, hyphens and underscores aside.</summary>
    public static CaseKind? ReadKind(string text)
    {
        var plain = Plain(text);
        return Kinds.Cast<CaseKind?>().FirstOrDefault(k => Plain(k!.Value.Words()) == plain);
    }

    public static OfficerGrade? ReadGrade(string text) =>
        Enum.TryParse<OfficerGrade>(text.Trim(), ignoreCase: true, out var grade) && Enum.IsDefined(grade) ? grade : null;

    /// <summary>yes or no; null for anything else, which the caller refuses or reads as "not answered".</summary>
    public static bool? ReadYesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };

    public static string YesNo(bool value) => value ? "yes" : "no";

    private static string Plain(string text) =>
        string.Join(' ', text.Trim().ToLowerInvariant().Replace('-', ' ').Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
