using ActionPlans.Core.Access;
using ActionPlans.Core.Organisations;
using ActionPlans.Documents;
using ActionPlans.Web.Identity;
using ActionPlans.Web.Import;
using ActionPlans.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Pages.Import;

/// <summary>
/// Import a published plan or report: upload it, look at what was read beside the source lines with every
/// doubt shown, then save it or cancel. Reading is a dry run; nothing is stored until the person confirms.
/// </summary>
[Authorize(Roles = $"{Role.Inspector},{Role.Coordinator}")]
[RequestFormLimits(MultipartBodyLengthLimit = DocumentLimits.MaxBytes + 65536)]
[RequestSizeLimit(2 * DocumentLimits.MaxBytes)]
public sealed class IndexModel(DocumentImport importer, ActionPlansDb db, ILogger<IndexModel> log) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>The uploaded file carried to the confirmation, so the page keeps nothing between requests.</summary>
    [BindProperty] public string? Carried { get; set; }
    [BindProperty] public string? FileName { get; set; }

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
            var check = await importer.ImportAsync(FileName, bytes, dryRun: true);
            if (Refusal(check) is { } refusal) return Refuse(refusal);
            var result = await importer.ImportAsync(FileName, bytes, dryRun: false);
            log.LogInformation("{User} imported {File} as {Kind} {Id}", User.Identity?.Name, FileName, result.Document.Kind, result.Id);
            TempData["Notice"] = result.Describe();
            return Redirect(result.Document.Kind == DocumentKind.ActionPlan ? $"/plans/{result.Id}" : $"/inspections/{result.Id}");
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
            Reading = await importer.ImportAsync(FileName!, bytes, dryRun: true);
        }
        catch (ImportRefused refused)
        {
            return Refuse(refused.Message);
        }
        if (Refusal(Reading) is { } refusal) return Refuse(refusal);
        Source = SourceLine.Of(Reading);
        return Page();
    }

    /// <summary>A coordinator imports plans of their own organisation only.</summary>
    private string? Refusal(ImportResult result)
    {
        var viewer = ViewerOf.Principal(User);
        if (viewer.SeesEverything) return null;
        var provider = result.Document.Plan?.Provider ?? result.Document.Report?.Provider ?? "";
        var own = viewer.OrganisationId is { } id ? db.Organisations.Find(id) : null;
        if (own is not null && OrganisationNames.Same(own.Name, provider)) return null;
        log.LogWarning("{User} was refused an import for {Provider}", User.Identity?.Name, provider);
        return $"{result.Document.FileName} is about {provider}; you can import documents of {own?.Name ?? "your organisation"} only.";
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
