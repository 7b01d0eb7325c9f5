using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace ActionPlans.Web.Infrastructure.Persistence;

/// <summary>Gives every domain row a shadow concurrency token, so a save from a form read at an older version is refused.</summary>
internal sealed class RowVersionConvention : IModelFinalizingConvention
{
    public const string Property = "Version";

    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var type in modelBuilder.Metadata.GetEntityTypes().Where(t => t.FindPrimaryKey() is not null && DomainRow.Is(t)).ToList())
            type.Builder.Property(typeof(int), Property)!.IsConcurrencyToken(true);
    }
}
