namespace ActionPlans.Core.Plans;

/// <summary>Why a recommendation is only partly agreed or not agreed; the template names these four.</summary>
[Flags]
public enum ReasonCategories
{
    None = 0,
    Commissioning = 1,
    Policy = 2,
    Operational = 4,
    Affordability = 8,
}
