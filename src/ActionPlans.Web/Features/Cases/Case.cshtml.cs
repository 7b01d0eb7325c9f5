using System.Globalization;
using ActionPlans.Core;
using ActionPlans.Core.Cases;
using ActionPlans.Core.Ratings;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Features.Cases;

/// <summary>
/// One case of an inspection's sample, new or recorded: its reference, kind and sub-samples, the answer to each
/// question asked of its kind, and its allocation as given. Every problem is shown beside its field; nothing is
/// saved until there is none.
/// </summary>
[Authorize(Policy = nameof(RecordInspections))]
public sealed class CaseModel(ActionPlansDb db) : PageModel
{
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Grade { get; set; }
    [BindProperty] public string? Harm { get; set; }
    [BindProperty] public List<AnswerForm> Answers { get; set; } = [];
    [BindProperty] public string? Ogrs { get; set; }
    [BindProperty] public string? Rosh { get; set; }
    [BindProperty] public string? Flags { get; set; }
    [BindProperty] public string? Band { get; set; }
    [BindProperty] public int? Version { get; set; }

    public InspectionCases Loaded { get; private set; } = null!;
    public InspectedCase? Case { get; private set; }

    /// <summary>The standards whose questions cases answer, each with its place in <see cref="Answers"/>.</summary>
    public IReadOnlyList<Standard> Standards { get; private set; } = [];

    public int IndexOf(string questionId) => Answers.FindIndex(a => a.QuestionId == questionId);

    public async Task<IActionResult> OnGetAsync(int id, int? caseId)
    {
        if (!await LoadAsync(id, caseId)) return NotFound();
        if (Case is { } c)
        {
            Reference = c.Reference;
            Kind = c.Kind.Words();
            Grade = c.Grade?.ToString() ?? "";
            Harm = CaseWords.YesNo(c.HarmFactors);
            Ogrs = c.Ogrs?.ToString(CultureInfo.InvariantCulture);
            Rosh = c.Rosh;
            Flags = string.Join(' ', c.Flags);
            Band = c.Band;
            Version = db.VersionOf(c);
        }
        Answers = Ids().Select(q => new AnswerForm { QuestionId = q, Value = Case?.Answer(q) is { } yes ? CaseWords.YesNo(yes) : null }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, int? caseId)
    {
        if (!await LoadAsync(id, caseId)) return NotFound();
        // Only the framework's questions, in its order, whatever the form sent.
        var posted = Answers.Where(a => a.QuestionId is not null).GroupBy(a => a.QuestionId!).ToDictionary(g => g.Key, g => g.First().Value);
        Answers = Ids().Select(q => new AnswerForm { QuestionId = q, Value = posted.GetValueOrDefault(q) }).ToList();
        var entry = new CaseEntry
        {
            Reference = Reference ?? "",
            Kind = Kind ?? "",
            Grade = Grade ?? "",
            Harm = Harm ?? "",
            Answers = Answers.Select(a => KeyValuePair.Create(a.QuestionId!, a.Value ?? "")).ToList(),
            Ogrs = Ogrs ?? "",
            Rosh = Rosh ?? "",
            Flags = Flags ?? "",
            Band = Band ?? "",
        };
        var (details, problems) = entry.Read(Loaded.Questions);
        foreach (var problem in problems) ModelState.AddModelError(FieldOf(problem.Field), problem.Message);
        if (details is null) return Page();
        try
        {
            if (Case is null) Loaded.Sample.Add(details);
            else
            {
                if (Version is { } version) db.ExpectVersion(Case, version);
                Loaded.Sample.Change(Case, details);
            }
            await db.SaveChangesAsync();
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(nameof(Reference), e.Message);
            return Page();
        }
        TempData["Notice"] = $"Case {details.Reference} saved.";
        return RedirectToPage("/Cases/Index", new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int? caseId)
    {
        if (!await LoadAsync(id, caseId) || Case is null) return NotFound();
        var reference = Case.Reference;
        Loaded.Sample.Remove(Case);
        await db.SaveChangesAsync();
        TempData["Notice"] = $"Case {reference} removed from the sample.";
        return RedirectToPage("/Cases/Index", new { id });
    }

    /// <summary>The form field a problem belongs beside: a case's field, or the answer to a question.</summary>
    private string FieldOf(string field) => field switch
    {
        CaseFields.Reference => nameof(Reference),
        CaseFields.Kind => nameof(Kind),
        CaseFields.Grade => nameof(Grade),
        CaseFields.Harm => nameof(Harm),
        CaseFields.Ogrs => nameof(Ogrs),
        CaseFields.Rosh => nameof(Rosh),
        CaseFields.Flags => nameof(Flags),
        CaseFields.Band => nameof(Band),
        _ => $"{nameof(Answers)}[{IndexOf(field)}].{nameof(AnswerForm.Value)}",
    };

    /// <summary>Each key question followed by its prompts, as the form shows them.</summary>
    private IEnumerable<string> Ids() => Loaded.Questions.KeyQuestions.SelectMany(q => q.Prompts.Select(p => p.Id).Prepend(q.Id));

    private async Task<bool> LoadAsync(int id, int? caseId)
    {
        if (await InspectionCases.LoadAsync(db, id) is not { } loaded) return false;
        Loaded = loaded;
        Standards = Frameworks.Load(loaded.Inspection.FrameworkId).Standards.Where(s => s.CaseKinds.Count > 0).ToList();
        if (caseId is null) return true;
        Case = loaded.Sample.Cases.FirstOrDefault(c => c.Id == caseId);
        return Case is not null;
    }

    public sealed class AnswerForm
    {
        public string? QuestionId { get; set; }
        public string? Value { get; set; }
    }
}
