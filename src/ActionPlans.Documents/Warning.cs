namespace ActionPlans.Documents;

/// <summary>
/// Something a reader or an import doubts but could read past, for a person to check at its 1-based source line.
/// One type for every reader and import, so a page or the JSON shows every warning alike.
/// </summary>
public sealed record Warning(int Line, string Message)
{
    /// <summary>Source text as a warning quotes it: in quotes, cut short when long.</summary>
    internal static string Quote(string text) => "\"" + (text.Length <= 60 ? text : text[..57] + "…") + "\"";
}
