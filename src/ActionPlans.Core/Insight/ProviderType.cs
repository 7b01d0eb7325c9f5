using ActionPlans.Core.Organisations;

namespace ActionPlans.Core.Insight;

/// <summary>The kinds of probation provider national figures are split by.</summary>
public enum ProviderType
{
    Crc,
    NpsDivision,
    Region,
    Other,
}

public static class ProviderTypes
{
    /// <summary>The organisation kinds a provider of this type has; "other" is every kind the first three are not.</summary>
    public static IReadOnlyList<OrganisationKind> Kinds(this ProviderType type) => type switch
    {
        ProviderType.Crc => [OrganisationKind.CommunityRehabilitationCompany],
        ProviderType.NpsDivision => [OrganisationKind.NpsDivision],
        ProviderType.Region => [OrganisationKind.ProbationRegion],
        _ => [.. Enum.GetValues<OrganisationKind>().Except([OrganisationKind.CommunityRehabilitationCompany, OrganisationKind.NpsDivision, OrganisationKind.ProbationRegion])],
    };

    public static string Words(this ProviderType type) => type switch
    {
        ProviderType.Crc => "Community Rehabilitation Company",
        ProviderType.NpsDivision => "National Probation Service division",
        ProviderType.Region => "Probation Service region",
        _ => "Other",
    };
}
