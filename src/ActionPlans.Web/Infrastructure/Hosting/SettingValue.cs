using System.Globalization;

namespace ActionPlans.Web.Infrastructure.Hosting;

/// <summary>Reads one setting of a given type, failing the start with a line that names the setting and its environment variable.</summary>
internal static class SettingValue
{
    public static string? Text(IConfiguration configuration, string key) =>
        string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key]!.Trim();

    public static int Number(IConfiguration configuration, string key, int fallback, int least, int most)
    {
        var text = Text(configuration, key);
        if (text is null) return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < least || value > most)
            throw Refused(key, $"must be a whole number from {least} to {most}, not '{text}'");
        return value;
    }

    public static bool? YesNo(IConfiguration configuration, string key)
    {
        var text = Text(configuration, key);
        if (text is null) return null;
        return bool.TryParse(text, out var value) ? value : throw Refused(key, $"must be true or false, not '{text}'");
    }

    /// <summary>A length of time written hh:mm:ss (or d.hh:mm:ss); it must be more than nothing.</summary>
    public static TimeSpan Duration(IConfiguration configuration, string key, TimeSpan fallback)
    {
        var text = Text(configuration, key);
        if (text is null) return fallback;
        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) || value <= TimeSpan.Zero)
            throw Refused(key, $"must be a length of time written hh:mm:ss, such as {fallback:c}, not '{text}'");
        return value;
    }

    public static TEnum Choice<TEnum>(IConfiguration configuration, string key, TEnum fallback) where TEnum : struct, Enum
    {
        var text = Text(configuration, key);
        if (text is null) return fallback;
        if (int.TryParse(text, out _) || !Enum.TryParse<TEnum>(text, ignoreCase: true, out var value))
            throw Refused(key, $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}, not '{text}'");
        return value;
    }

    public static StartupFailure Refused(string key, string why) =>
        new($"The setting {key} ({key.Replace(":", "__", StringComparison.Ordinal)}) {why}.");
}
