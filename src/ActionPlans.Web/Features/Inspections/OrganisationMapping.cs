using ActionPlans.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Inspections;

internal sealed class OrganisationMapping : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> o)
    {
        o.Property(x => x.Name).HasMaxLength(Organisation.NameMaxLength);
        o.HasIndex(x => x.Name).IsUnique();
        o.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        o.HasOne(x => x.OwningGroup).WithMany().HasForeignKey(x => x.OwningGroupId).OnDelete(DeleteBehavior.Restrict);
        o.Ignore(x => x.IsProvider);
    }
}
