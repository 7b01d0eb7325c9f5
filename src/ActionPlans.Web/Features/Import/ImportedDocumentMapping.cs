using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Import;

internal sealed class ImportedDocumentMapping : IEntityTypeConfiguration<ImportedDocument>
{
    public void Configure(EntityTypeBuilder<ImportedDocument> d)
    {
        d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        d.Property(x => x.FileName).HasMaxLength(260);
        d.Property(x => x.Sha256).HasMaxLength(64);
        d.HasIndex(x => x.Sha256).IsUnique();
        // A plan's page and its entity tag look up the document it was imported from.
        d.HasIndex(x => x.PlanId);
        d.Property(x => x.ImportedBy).HasMaxLength(256);
    }
}
