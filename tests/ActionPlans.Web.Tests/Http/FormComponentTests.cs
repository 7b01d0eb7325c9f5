using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Http;

/// <summary>The GOV.UK form components as a person meets them: a form that comes back with errors, and a long list in pages.</summary>
public sealed class FormComponentTests(RunningService service) : IClassFixture<RunningService>
{
    private async Task<IHtmlDocument> RecordInspectionAsync(HttpClient inspector, Dictionary<string, string> fields) =>
        Browserless.Parse(await (await inspector.SubmitAsync("/inspections/new", fields)).Content.ReadAsStringAsync());

    [Fact]
    public async Task A_refused_field_says_why_beside_it_is_read_out_with_it_and_the_summary_leads_to_it()
    {
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var provider = (await inspector.PageAsync("/inspections/new")).QuerySelectorAll("select[name=ProviderId] option").Last().GetAttribute("value")!;

        var page = await RecordInspectionAsync(inspector, new()
        {
            ["ProviderId"] = provider, ["Kind"] = "Thematic",
            ["Fieldwork.Day"] = "31", ["Fieldwork.Month"] = "2", ["Fieldwork.Year"] = "2026", ["CasesInspected"] = "about 40",
        });

        var links = page.QuerySelectorAll(".govuk-error-summary__list a").ToList();
        Assert.Equal(new[] { "Number of cases inspected must be a whole number, like 120", "The fieldwork start date must be a real date" }, links.Select(a => a.TextContent.Trim()).Order());
        foreach (var link in links)
        {
            // The summary's link lands on the field, whose group shows the same message, announced as an error…
            var field = page.GetElementById(link.GetAttribute("href")!.TrimStart('#'));
            Assert.NotNull(field);
            var message = field.Closest(".govuk-form-group--error")!.QuerySelector(".govuk-error-message")!;
            Assert.Equal($"Error: {link.TextContent.Trim()}", message.TextContent.Trim());
            Assert.Equal("Error:", message.QuerySelector(".govuk-visually-hidden")!.TextContent);
            // …and read out with the field: the message's id is among those that describe the field or its fieldset.
            var described = (field.Closest("fieldset") ?? field).GetAttribute("aria-describedby")?.Split(' ') ?? [];
            Assert.Contains(message.Id, described);
        }
        Assert.Equal(["Fieldwork-hint", "Fieldwork-error"], page.QuerySelector("#Fieldwork")!.Closest("fieldset")!.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Contains("govuk-input--error", page.QuerySelector("#CasesInspected")!.ClassList);

        // What was typed and chosen is there to correct, as it was typed.
        Assert.Equal(["31", "2", "2026"], new[] { "Day", "Month", "Year" }.Select(p => page.QuerySelector($"#Fieldwork_{p}")!.GetAttribute("value")));
        Assert.Equal("about 40", page.QuerySelector("#CasesInspected")!.GetAttribute("value"));
        Assert.Equal("Thematic", page.QuerySelector("input[name=Kind][checked]")!.GetAttribute("value"));
        Assert.Equal(provider, page.QuerySelector("select[name=ProviderId] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_unanswered_question_of_radios_is_linked_to_its_first_answer_and_each_answer_is_labelled()
    {
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");

        var page = await RecordInspectionAsync(inspector, new() { ["Fieldwork.Day"] = "2", ["Fieldwork.Month"] = "3", ["Fieldwork.Year"] = "2026" });

        var link = page.QuerySelectorAll(".govuk-error-summary__list a").Single(a => a.TextContent.Contains("kind of inspection"));
        var first = page.GetElementById(link.GetAttribute("href")!.TrimStart('#'))!;
        Assert.Equal(("INPUT", "radio"), (first.TagName, first.GetAttribute("type")));
        Assert.Equal("Kind of inspection", first.Closest("fieldset")!.QuerySelector("legend")!.TextContent);
        var answers = page.QuerySelectorAll("input[name=Kind]").ToList();
        Assert.Equal(3, answers.Select(a => a.Id).Distinct().Count());
        Assert.All(answers, a => Assert.NotNull(page.QuerySelector($"label[for='{a.Id}']")));
    }

    [Fact]
    public async Task The_audit_trail_comes_a_page_at_a_time_older_and_back_newer_keeping_the_filters()
    {
        using var admin = await service.SignedInClientAsync("admin@demo.test");

        var first = await admin.PageAsync("/admin/audit?actor=system");
        var pages = first.QuerySelector("nav.govuk-pagination")!;
        Assert.Null(pages.QuerySelector("a[rel=prev]"));
        Assert.Empty(pages.QuerySelectorAll(".govuk-pagination__item"));
        var older = pages.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("actor=system", older);

        var second = await admin.PageAsync("/admin/audit" + older);
        Assert.NotEqual(first.QuerySelector("main tbody tr")!.TextContent, second.QuerySelector("main tbody tr")!.TextContent);
        var newer = second.QuerySelector("nav.govuk-pagination a[rel=prev]")!.GetAttribute("href")!;
        Assert.Contains("actor=system", newer);
        var again = await admin.PageAsync("/admin/audit" + newer);
        Assert.Equal(first.QuerySelectorAll("main tbody tr").Select(r => r.TextContent), again.QuerySelectorAll("main tbody tr").Select(r => r.TextContent));
    }
}
