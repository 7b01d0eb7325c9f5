namespace ActionPlans.Core.Organisations;

public enum OrganisationKind
{
    /// <summary>A privately owned Community Rehabilitation Company.</summary>
    CommunityRehabilitationCompany,
    /// <summary>A division of the National Probation Service.</summary>
    NpsDivision,
    /// <summary>HM Prison and Probation Service.</summary>
    Hmpps,
    /// <summary>The Ministry of Justice.</summary>
    MinistryOfJustice,
    /// <summary>HM Courts and Tribunals Service.</summary>
    Hmcts,
    /// <summary>A company or group that owns one or more CRCs.</summary>
    OwningCompany,
    /// <summary>An inspectorate, such as HM Inspectorate of Probation.</summary>
    Inspectorate,
    Other,
    /// <summary>A region of the Probation Service, which has held every case since June 2021.</summary>
    ProbationRegion,
}
