namespace ActionPlans.Core.Plans;

/// <summary>
/// A published plan states why it does not fully agree in prose; the template asks it to name the
/// commissioning, policy, operational or affordability reasons, so those words are what is looked for.
/// </summary>
public static class ReasonWords
{
    public static ReasonCategories In(string text)
    {
        var found = ReasonCategories.None;
        if (text.Contains("commission", StringComparison.OrdinalIgnoreCase)) found |= ReasonCategories.Commissioning;
        if (text.Contains("policy", StringComparison.OrdinalIgnoreCase) || text.Contains("policies", StringComparison.OrdinalIgnoreCase)) found |= ReasonCategories.Policy;
        if (text.Contains("operational", StringComparison.OrdinalIgnoreCase)) found |= ReasonCategories.Operational;
        if (text.Contains("afford", StringComparison.OrdinalIgnoreCase) || text.Contains("funding", StringComparison.OrdinalIgnoreCase) || text.Contains("budget", StringComparison.OrdinalIgnoreCase)) found |= ReasonCategories.Affordability;
        return found;
    }
}
