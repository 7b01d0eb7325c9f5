using System.Net.Http.Headers;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Progress;

/// <summary>The demo's published plan's actions and the forms of their progress pages, sent as a browser sends them.</summary>
internal static class ProgressForms
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    /// <summary>The smallest PDF the evidence policy recognises.</summary>
    public static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>The progress page of the demo action whose text starts with <paramref name="text"/>.</summary>
    public static async Task<string> PathOfAsync(this RunningService service, string text)
    {
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        var found = await (from action in db.Actions
                           where action.Text.StartsWith(text)
                           join response in db.Responses on action.ResponseId equals response.Id
                           select new { action.Id, response.ActionPlanId }).SingleAsync();
        return $"/plans/{found.ActionPlanId}/actions/{found.Id}/progress";
    }

    /// <summary>How many updates, revisions and stored evidence files there are, to show a refusal changed nothing.</summary>
    public static async Task<(int Updates, int Revisions, int Evidence, int Files)> CountsAsync(this RunningService service)
    {
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        return (await db.ProgressUpdates.CountAsync(), await db.TargetRevisions.CountAsync(), await db.Evidence.CountAsync(), await db.EvidenceContents.CountAsync());
    }

    /// <summary>The fields of an update dated <paramref name="on"/>.</summary>
    public static Dictionary<string, string> Update(string status, DateOnly on, string narrative, DateOnly? completedOn = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Status"] = status, ["Narrative"] = narrative,
            ["On.Day"] = on.Day.ToString(), ["On.Month"] = on.Month.ToString(), ["On.Year"] = on.Year.ToString(),
        };
        if (completedOn is { } done)
        {
            fields["CompletedOn.Day"] = done.Day.ToString();
            fields["CompletedOn.Month"] = done.Month.ToString();
            fields["CompletedOn.Year"] = done.Year.ToString();
        }
        return fields;
    }

    /// <summary>
    /// Sends one of the page's forms as multipart, with the page's anti-forgery token and the action's version
    /// as the page gave them (unless <paramref name="fields"/> says otherwise), and any files.
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, string path, string handler,
        IDictionary<string, string> fields, params (string Name, byte[] Bytes)[] files)
    {
        var page = await client.PageAsync(path);
        var content = new MultipartFormDataContent
        {
            { new StringContent(Field(page, "__RequestVerificationToken")), "__RequestVerificationToken" },
        };
        if (!fields.ContainsKey("Version")) content.Add(new StringContent(Field(page, "Version")), "Version");
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "Files", name);
        }
        return await client.PostAsync($"{path}?handler={handler}", content);
    }

    public static async Task<IHtmlDocument> PageOfAsync(HttpResponseMessage response) => Browserless.Parse(await response.Content.ReadAsStringAsync());

    /// <summary>The messages of the page's GOV.UK error summary.</summary>
    public static List<string> Errors(IHtmlDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()).ToList();

    /// <summary>The inline error shown in the form group of a field.</summary>
    public static string? FieldError(IHtmlDocument page, string id) =>
        page.GetElementById(id)?.Closest(".govuk-form-group--error")?.QuerySelector(".govuk-error-message")?.TextContent.Replace("Error:", "").Trim();

    private static string Field(IHtmlDocument page, string name) =>
        page.QuerySelector($"main form[method=post] input[name={name}]")?.GetAttribute("value")
        ?? throw new InvalidOperationException($"No {name} in a form of the page");
}
