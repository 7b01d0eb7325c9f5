namespace ActionPlans.Core.Plans;

/// <summary>The template's three answers to a recommendation.</summary>
public enum ResponseKind
{
    Agreed,
    PartlyAgreed,
    NotAgreed,
}
