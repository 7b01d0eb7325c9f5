namespace ActionPlans.Web.Features.Accounts;

/// <summary>What a person types as a second factor, read the way the app or the recovery list shows it.</summary>
public static class AuthenticatorCodes
{
    /// <summary>The 6 digits of an authenticator app's code (spaces allowed, as some apps show "123 456"), or null.</summary>
    public static string? Authenticator(string typed)
    {
        var digits = typed.Replace(" ", "", StringComparison.Ordinal).Trim();
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>A recovery code as Identity keeps it (XXXXX-XXXXX), however it was spaced or cased.</summary>
    public static string Recovery(string typed)
    {
        var code = new string(typed.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        return code.Length == 10 ? $"{code[..5]}-{code[5..]}" : code;
    }
}
