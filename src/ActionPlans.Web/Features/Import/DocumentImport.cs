using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ActionPlans.Core.Plans;
using ActionPlans.Documents;
using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Reports;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Import;

/// <summary>What came of importing one file.</summary>
public sealed record ImportResult(RecognisedDocument Document, int? Id, bool AlreadyImported, bool DryRun, IReadOnlyList<Warning> Warnings, string Json)
{
    public string Describe() => (AlreadyImported, DryRun, Document.Kind) switch
    {
        (true, _, var kind) => $"{Document.FileName}: already imported as {Noun(kind)} {Id}; nothing changed.",
        (_, true, var kind) => $"{Document.FileName}: read as {Noun(kind)} with {Warnings.Count} warning(s); nothing stored (dry run).",
        (_, _, var kind) => $"{Document.FileName}: imported as {Noun(kind)} {Id} with {Warnings.Count} warning(s).",
    };

    private static string Noun(DocumentKind kind) => kind == DocumentKind.ActionPlan ? "plan" : "inspection";
}

/// <summary>
/// Brings a published plan or inspection report into the service in one transaction: all of it or none.
/// A dry run does the same work and rolls it back, so it shows every warning a real import would. An import never
/// changes what an existing inspection records (dates, ratings, recommendations, progress judgements): it fills in
/// what is missing and warns of each difference.
/// </summary>
public sealed class DocumentImport(ActionPlansDb db, IAuditActor actor, TimeProvider clock)
{
    /// <param name="status">The status an imported plan enters with.</param>
    /// <param name="recordsInspection">
    /// Whether a plan may bring its inspection and recommendations into the service when they are not there: so for
    /// an inspector or the operator, not for a coordinator, whose plan answers the inspection the inspectorate recorded.
    /// </param>
    /// <param name="refusal">Why the importer may not bring in this document, once it is recognised; null when they may.</param>
    public async Task<ImportResult> ImportAsync(string fileName, byte[] content, bool dryRun, PlanStatus status = PlanStatus.Published,
        bool recordsInspection = true, Func<RecognisedDocument, Task<string?>>? refusal = null)
    {
        var document = RecognisedDocument.Read(fileName, content);
        if (refusal is not null && await refusal(document) is { } reason) throw new ImportRefused(Path.GetFileName(fileName), null, reason);
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var earlier = await db.ImportedDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Sha256 == sha);
        if (earlier is not null)
            return Result(document, earlier.PlanId ?? earlier.InspectionId, alreadyImported: true, dryRun, []);

        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            int id;
            IReadOnlyList<Warning> warnings;
            var record = new ImportedDocument
            {
                Kind = document.Kind, FileName = Path.GetFileName(fileName), Sha256 = sha, Content = content,
                ImportedAtUtc = clock.GetUtcNow().UtcDateTime, ImportedBy = actor.Name,
            };
            if (document.Plan is { } reading)
            {
                var (plan, found) = await PlanImport.StoreAsync(db, fileName, reading, status, recordsInspection);
                await db.SaveChangesAsync();
                (id, record.PlanId, record.InspectionId) = (plan.Id, plan.Id, plan.InspectionId);
                warnings = found;
            }
            else
            {
                var (inspection, found) = await ReportImport.StoreAsync(db, fileName, document.Report!);
                await db.SaveChangesAsync();
                (id, record.InspectionId) = (inspection.Id, inspection.Id);
                warnings = found;
            }
            db.ImportedDocuments.Add(record);
            await db.SaveChangesAsync();
            if (dryRun) await transaction.RollbackAsync();
            else await transaction.CommitAsync();
            return Result(document, dryRun ? null : id, alreadyImported: false, dryRun, warnings);
        }
        catch (Core.DomainRuleException e)
        {
            throw new ImportRefused(fileName, null, e.Message);
        }
        catch (DbUpdateException e)
        {
            throw new ImportRefused(fileName, null, $"It could not be saved: {e.InnerException?.Message ?? e.Message}");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static ImportResult Result(RecognisedDocument document, int? id, bool alreadyImported, bool dryRun, IReadOnlyList<Warning> linking)
    {
        var own = document.Plan?.Warnings ?? document.Report!.Warnings;
        var warnings = own.Concat(linking).ToList();
        var json = document.Plan is { } plan
            ? JsonNode.Parse(PlanJson.Write(plan with { Id = id, Warnings = warnings }))!.AsObject()
            : JsonNode.Parse(InspectionReportJson.Write(document.Report! with { Warnings = warnings }, id))!.AsObject();
        json["file"] = Path.GetFileName(document.FileName);
        json["alreadyImported"] = alreadyImported;
        json["dryRun"] = dryRun;
        return new ImportResult(document, id, alreadyImported, dryRun, warnings, json.ToJsonString(PlanJson.Options));
    }
}
