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
        d.Property(x => x.ImportedBy).HasMaxLength(256);
    }
}
