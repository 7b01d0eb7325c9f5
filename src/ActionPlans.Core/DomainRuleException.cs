namespace ActionPlans.Core;

/// <summary>A rule of the domain was broken; the message is written for the person who broke it.</summary>
/// <param name="about">
/// The value the rule concerns, by its property's name (such as <c>CompletedOn</c>), so a form can show the
/// message beside the field that holds it; null when the rule concerns the whole thing.
/// </param>
public sealed class DomainRuleException(string message, string? about = null) : Exception(message)
{
    public string? About { get; } = about;
}
