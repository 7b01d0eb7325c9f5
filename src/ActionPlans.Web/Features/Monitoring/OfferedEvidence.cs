using ActionPlans.Core;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Infrastructure.Persistence;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>
/// The links and files sent with an update, each put to the <see cref="EvidencePolicy"/>: what it admitted,
/// in the order offered, with the bytes of each file, and the refusals for the link and file fields.
/// </summary>
public sealed class OfferedEvidence
{
    private readonly List<(Evidence Evidence, byte[]? Bytes)> _admitted = [];

    public IReadOnlyList<Evidence> Evidence => _admitted.Select(a => a.Evidence).ToList();
    public List<string> LinkErrors { get; } = [];
    public List<string> FileErrors { get; } = [];

    public static async Task<OfferedEvidence> ReadAsync(EvidencePolicy policy, string? links, IEnumerable<IFormFile> files)
    {
        var offered = new OfferedEvidence();
        var lines = (links ?? "").Split('\n').Select(l => l.Trim()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0) continue;
            try { offered._admitted.Add((policy.AdmitLink(lines[i]), null)); }
            catch (DomainRuleException e) { offered.LinkErrors.Add($"Line {i + 1} of the links: {e.Message}"); }
        }
        // A file input left empty still sends one part, with no name and no bytes.
        foreach (var file in files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
        {
            // One byte more than the policy allows is enough for it to say the file is too large.
            var bytes = new byte[Math.Min(file.Length, policy.MaxSize + 1)];
            await using (var stream = file.OpenReadStream()) await stream.ReadExactlyAsync(bytes);
            try { offered._admitted.Add((policy.AdmitFile(file.FileName, bytes), bytes)); }
            catch (DomainRuleException e) { offered.FileErrors.Add(e.Message); }
        }
        return offered;
    }

    /// <summary>Adds the bytes of the files to the save that stores <paramref name="update"/>, the update made from this evidence.</summary>
    public void KeepFiles(ActionPlansDb db, ProgressUpdate update)
    {
        // The update stores its evidence in the order it was offered.
        foreach (var (row, (_, bytes)) in update.Evidence.Zip(_admitted))
            if (bytes is not null) db.EvidenceContents.Add(new EvidenceContent { Evidence = row, Bytes = bytes });
    }
}
