namespace ActionPlans.Core.Cases;

/// <summary>
/// A case sample names no one: a case is known by a reference (a code with a number in it, such as C001), never by
/// the person's name or date of birth, so a sample can never become a list of people on probation.
/// </summary>
public static class CaseReference
{
    public const int MaxLength = 30;

    /// <summary>Why <paramref name="text"/> cannot be a case reference; null when it can.</summary>
    public static string? Problem(string text)
    {
        var reference = text.Trim();
        if (reference.Length == 0) return "Enter the case's reference, such as C001";
        if (reference.Length > MaxLength) return $"A case reference is at most {MaxLength} characters";
        if (reference.Any(char.IsWhiteSpace) || !reference.Any(char.IsDigit))
            return $"'{reference}' looks like a person's name: give the case's reference, a code with a number in it such as C001, never a name";
        if (LooksLikeDate(reference))
            return $"'{reference}' looks like a date of birth: give the case's reference, such as C001";
        if (!reference.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/' or '.'))
            return $"A case reference has only letters, digits and - _ / . (not '{reference}')";
        return null;
    }

    /// <summary>A column heading that would hold a person's name or date of birth (Name, Surname, DOB, Date of birth…).</summary>
    public static bool IsPersonalColumn(string heading)
    {
        var letters = new string(heading.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
        return letters.Contains("name", StringComparison.Ordinal) || letters.Contains("birth", StringComparison.Ordinal) || letters is "dob";
    }

    /// <summary>Three groups of digits with / - or . between them: 01/02/1990, 1990-02-01, 1.2.90.</summary>
    private static bool LooksLikeDate(string text)
    {
        var parts = text.Split('/', '-', '.');
        return parts.Length == 3 && parts.All(p => p.Length is >= 1 and <= 4 && p.All(char.IsAsciiDigit));
    }
}
