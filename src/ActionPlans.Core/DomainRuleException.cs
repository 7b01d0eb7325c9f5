namespace ActionPlans.Core;

/// <summary>A rule of the domain was broken; the message is written for the person who broke it.</summary>
public sealed class DomainRuleException(string message) : Exception(message);
