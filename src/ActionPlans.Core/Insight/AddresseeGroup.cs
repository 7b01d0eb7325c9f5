using ActionPlans.Core.Organisations;

namespace ActionPlans.Core.Insight;

/// <summary>Who a recommendation is addressed to, in the groups national figures use.</summary>
public enum AddresseeGroup
{
    Provider,
    Hmpps,
    MinistryOfJustice,
    Courts,
    Other,
}

public static class AddresseeGroups
{
    public static AddresseeGroup Of(OrganisationKind kind) => kind switch
    {
        OrganisationKind.CommunityRehabilitationCompany or OrganisationKind.NpsDivision or OrganisationKind.ProbationRegion
            or OrganisationKind.OwningCompany => AddresseeGroup.Provider,
        OrganisationKind.Hmpps => AddresseeGroup.Hmpps,
        OrganisationKind.MinistryOfJustice => AddresseeGroup.MinistryOfJustice,
        OrganisationKind.Hmcts => AddresseeGroup.Courts,
        _ => AddresseeGroup.Other,
    };

    /// <summary>The organisation kinds in a group, so that a query can filter on the stored kind.</summary>
    public static IReadOnlyList<OrganisationKind> Kinds(this AddresseeGroup group) =>
        [.. Enum.GetValues<OrganisationKind>().Where(k => Of(k) == group)];

    public static string Words(this AddresseeGroup group) => group switch
    {
        AddresseeGroup.Provider => "Provider",
        AddresseeGroup.Hmpps => "HMPPS",
        AddresseeGroup.MinistryOfJustice => "Ministry of Justice",
        AddresseeGroup.Courts => "Courts (HMCTS)",
        _ => "Others",
    };
}
