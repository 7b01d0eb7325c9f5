using ActionPlans.Core.Insight;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Ratings;

namespace ActionPlans.Core.Tests.Insight;

public class InsightGroupsTests
{
    [Theory]
    [InlineData(Rating.RequiresImprovement, Rating.Good, RatingChange.Improved)]
    [InlineData(Rating.Inadequate, Rating.Outstanding, RatingChange.Improved)]
    [InlineData(Rating.Good, Rating.Good, RatingChange.Same)]
    [InlineData(Rating.Good, Rating.RequiresImprovement, RatingChange.Declined)]
    [InlineData(Rating.Outstanding, Rating.Inadequate, RatingChange.Declined)]
    public void A_rating_is_compared_with_the_previous_one(Rating previous, Rating current, RatingChange change) =>
        Assert.Equal(change, RatingChanges.Between(previous, current));

    [Theory]
    [InlineData(OrganisationKind.CommunityRehabilitationCompany, AddresseeGroup.Provider)]
    [InlineData(OrganisationKind.NpsDivision, AddresseeGroup.Provider)]
    [InlineData(OrganisationKind.ProbationRegion, AddresseeGroup.Provider)]
    [InlineData(OrganisationKind.OwningCompany, AddresseeGroup.Provider)]
    [InlineData(OrganisationKind.Hmpps, AddresseeGroup.Hmpps)]
    [InlineData(OrganisationKind.MinistryOfJustice, AddresseeGroup.MinistryOfJustice)]
    [InlineData(OrganisationKind.Hmcts, AddresseeGroup.Courts)]
    [InlineData(OrganisationKind.Inspectorate, AddresseeGroup.Other)]
    [InlineData(OrganisationKind.Other, AddresseeGroup.Other)]
    public void Each_kind_of_addressee_falls_in_one_group(OrganisationKind kind, AddresseeGroup group)
    {
        Assert.Equal(group, AddresseeGroups.Of(kind));
        Assert.Contains(kind, group.Kinds());
    }

    [Fact]
    public void The_addressee_groups_and_the_provider_types_each_share_out_every_organisation_kind_once()
    {
        var kinds = Enum.GetValues<OrganisationKind>();
        Assert.Equal(kinds.Order(), Enum.GetValues<AddresseeGroup>().SelectMany(g => g.Kinds()).Order());
        Assert.Equal(kinds.Order(), Enum.GetValues<ProviderType>().SelectMany(t => t.Kinds()).Order());
    }

    [Fact]
    public void A_probation_service_region_is_a_provider_and_is_recognised_by_name()
    {
        Assert.Equal(OrganisationKind.ProbationRegion, OrganisationNames.KindOf("Probation Service North East Region"));
        Assert.True(new Organisation("Probation Service Wessex Region", OrganisationKind.ProbationRegion).IsProvider);
        Assert.Equal([OrganisationKind.ProbationRegion], ProviderType.Region.Kinds());
    }

    [Fact]
    public void Counts_gathered_from_grouped_rows_add_up_by_rating_and_answer()
    {
        var ratings = RatingCounts.Of([(Rating.Good, 3), (Rating.Inadequate, 1), (Rating.Good, 2), (Rating.Outstanding, 4)]);
        Assert.Equal(new RatingCounts(4, 5, 0, 1), ratings);
        Assert.Equal(5, ratings[Rating.Good]);

        var responses = ResponseCounts.Of([(ResponseKind.Agreed, 7), (ResponseKind.NotAgreed, 1), (ResponseKind.PartlyAgreed, 2), (ResponseKind.Agreed, 1)]);
        Assert.Equal(new ResponseCounts(8, 2, 1), responses);
    }
}
