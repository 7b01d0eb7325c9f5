using ActionPlans.Core.Progress;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>The bytes of an evidence file, kept apart from its description so lists never load them.</summary>
public sealed class EvidenceContent
{
    public int Id { get; set; }
    public int ProgressEvidenceId { get; set; }
    public ProgressEvidence Evidence { get; set; } = null!;
    public byte[] Bytes { get; set; } = [];
}
