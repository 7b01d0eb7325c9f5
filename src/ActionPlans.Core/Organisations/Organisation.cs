namespace ActionPlans.Core.Organisations;

/// <summary>A body that is inspected, answers recommendations or owns a provider.</summary>
public sealed class Organisation
{
    public const int NameMaxLength = 200;

    private Organisation() { Name = ""; }

    public Organisation(string name, OrganisationKind kind, Organisation? owningGroup = null)
    {
        Name = RequireName(name);
        Kind = kind;
        OwningGroup = owningGroup;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public OrganisationKind Kind { get; private set; }
    public int? OwningGroupId { get; private set; }

    /// <summary>The company or group that owns a CRC (e.g. Sodexo, Interserve); null for public bodies.</summary>
    public Organisation? OwningGroup { get; private set; }

    public bool IsProvider => Kind is OrganisationKind.CommunityRehabilitationCompany or OrganisationKind.NpsDivision or OrganisationKind.ProbationRegion;

    public void Rename(string name) => Name = RequireName(name);

    public void BelongTo(Organisation? owningGroup) => OwningGroup = owningGroup;

    private static string RequireName(string name)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) throw new DomainRuleException("An organisation needs a name.");
        if (name.Length > NameMaxLength) throw new DomainRuleException($"An organisation's name is at most {NameMaxLength} characters.");
        return name;
    }
}
