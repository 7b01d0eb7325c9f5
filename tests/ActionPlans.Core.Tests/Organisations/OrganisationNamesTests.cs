using ActionPlans.Core.Organisations;

namespace ActionPlans.Core.Tests.Organisations;

public sealed class OrganisationNamesTests
{
    [Theory]
    [InlineData("Northumbria CRC", "Northumbria Community Rehabilitation Company")]
    [InlineData("The Northumbria CRC", "northumbria community rehabilitation company")]
    [InlineData("The NPS North West Division", "North West Division - National Probation Service")]
    [InlineData("HMPPS", "Her Majesty's Prison and Probation Service")]
    [InlineData("HM Prison and Probation Service", "Her Majesty’s Prison & Probation Service")]
    [InlineData("Her Majesty's Courts and Tribunal Service", "HMCTS")]
    [InlineData("The Ministry of Justice", "MoJ")]
    public void Different_ways_of_naming_one_body_have_one_key(string a, string b) => Assert.True(OrganisationNames.Same(a, b));

    [Theory]
    [InlineData("Northumbria CRC", "Durham Tees Valley CRC")]
    [InlineData("NPS North West Division", "NPS North East Division")]
    [InlineData("HMPPS", "HMCTS")]
    public void Different_bodies_have_different_keys(string a, string b) => Assert.False(OrganisationNames.Same(a, b));

    [Theory]
    [InlineData("Cumbria & Lancashire Community Rehabilitation Company", OrganisationKind.CommunityRehabilitationCompany)]
    [InlineData("North West Division - National Probation Service", OrganisationKind.NpsDivision)]
    [InlineData("Her Majesty's Prison and Probation Service", OrganisationKind.Hmpps)]
    [InlineData("The Ministry of Justice", OrganisationKind.MinistryOfJustice)]
    [InlineData("Her Majesty's Courts and Tribunal Service", OrganisationKind.Hmcts)]
    [InlineData("HM Inspectorate of Probation", OrganisationKind.Inspectorate)]
    [InlineData("Interserve", OrganisationKind.OwningCompany)]
    public void The_kind_of_body_is_told_from_its_name(string name, OrganisationKind kind) => Assert.Equal(kind, OrganisationNames.KindOf(name));

    [Theory]
    [InlineData("The CRC", true)]
    [InlineData("the Division", true)]
    [InlineData("Northumbria CRC", false)]
    [InlineData("The Ministry of Justice", false)]
    public void Some_names_only_mean_the_provider_the_plan_is_about(string name, bool meansProvider) =>
        Assert.Equal(meansProvider, OrganisationNames.MeansTheProvider(name));
}
