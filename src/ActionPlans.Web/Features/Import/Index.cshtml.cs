using ActionPlans.Core.Access;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Documents;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Features.Import;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Features.Import;

/// <summary>
/// Import a published plan or report: upload it, look at what was read beside the source lines with every
/// doubt shown, then save it or cancel. Reading is a dry run; nothing is stored until the person confirms.
/// </summary>
[Authorize(Policy = nameof(ImportDocuments))]
[RequestFormLimits(MultipartBodyLengthLimit = DocumentLimits.MaxBytes + 65536)]
[RequestSizeLimit(2 * DocumentLimits.MaxBytes)]
public sealed class IndexModel(DocumentImport importer, ActionPlansDb db, ILogger<IndexModel> log) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>The uploaded file carried to the confirmation, so the page keeps nothing between requests.</summary>
    [BindProperty] public string? Carried { get; set; }
    [BindProperty] public string? FileName { get; set; }

    /// <summary>The status an inspector chooses for an imported plan; anyone else's enters as a draft.</summary>
    [BindProperty] public PlanStatus? Status { get; set; }

    public Viewer Viewer => ViewerOf.Principal(User);

    public ImportResult? Reading { get; private set; }
    public IReadOnlyList<SourceLine> Source { get; private set; } = [];

    public void OnGet() { }

    public async Task<IActionResult> OnPostReadAsync()
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select a plan or inspection report file");
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer);
        FileName = Path.GetFileName(Upload.FileName);
        Carried = Convert.ToBase64String(buffer.ToArray());
        return await ReadAsync(buffer.ToArray());
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (string.IsNullOrEmpty(Carried) || string.IsNullOrEmpty(FileName)) return RedirectToPage();
        byte[] bytes;
        try { bytes = Convert.FromBase64String(Carried); }
        catch (FormatException) { return RedirectToPage(); }
        try
        {
            var result = await ImportAsync(bytes, dryRun: false);
            log.LogInformation("{User} imported {File} as {Kind} {Id}", User.Identity?.Name, FileName, result.Document.Kind, result.Id);
            TempData["Notice"] = result.Describe();
            return RedirectToPage(result.Document.Kind == DocumentKind.ActionPlan ? "/Plans/Details" : "/Inspections/Details", new { id = result.Id });
        }
        catch (ImportRefused refused)
        {
            return Refuse(refused.Message);
        }
    }

    private async Task<IActionResult> ReadAsync(byte[] bytes)
    {
        try
        {
            Reading = await ImportAsync(bytes, dryRun: true);
        }
        catch (ImportRefused refused)
        {
            return Refuse(refused.Message);
        }
        Source = SourceLine.Of(Reading);
        return Page();
    }

    private Task<ImportResult> ImportAsync(byte[] bytes, bool dryRun) =>
        importer.ImportAsync(FileName!, bytes, dryRun, Viewer.ImportsPlanAs(Status), recordsInspection: Viewer.CanRecordInspections, RefusalAsync);

    /// <summary>Reports are the inspectorate's; a coordinator imports plans of their own organisation only.</summary>
    private async Task<string?> RefusalAsync(RecognisedDocument document)
    {
        var viewer = Viewer;
        if (document.Kind == DocumentKind.InspectionReport && !viewer.CanImportReports)
        {
            log.LogWarning("{User} was refused the import of an inspection report", User.Identity?.Name);
            return "This is an inspection report; only an inspector imports inspection reports.";
        }
        if (viewer.SeesEverything) return null;
        var provider = document.Plan?.Provider ?? document.Report?.Provider ?? "";
        var own = viewer.OrganisationId is { } id ? await db.Organisations.FindAsync(id) : null;
        if (own is not null && OrganisationNames.Same(own.Name, provider)) return null;
        log.LogWarning("{User} was refused an import for {Provider}", User.Identity?.Name, provider);
        return $"It is about {provider}; you can import documents of {own?.Name ?? "your organisation"} only.";
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError(nameof(Upload), message);
        Reading = null;
        Carried = null;
        return Page();
    }

    /// <summary>One line of the source as the page shows it: what became of it, and any warning about it.</summary>
    public sealed record SourceLine(int Number, string Text, bool Kept, string Disposition, IReadOnlyList<string> Warnings)
    {
        public static IReadOnlyList<SourceLine> Of(ImportResult result)
        {
            var lines = (result.Document.Text ?? "").Split('\n');
            var dispositions = result.Document.Plan?.Lines.ToDictionary(l => l.Line) ?? [];
            var warnings = result.Warnings.ToLookup(w => w.Line, w => w.Message);
            return lines.Select((text, i) =>
            {
                var number = i + 1;
                var disposition = dispositions.GetValueOrDefault(number);
                return new SourceLine(number, text.TrimEnd('\r'), disposition?.Kept ?? text.Trim().Length > 0,
                    disposition?.Reason ?? "", warnings[number].ToList());
            }).ToList();
        }
    }
}
