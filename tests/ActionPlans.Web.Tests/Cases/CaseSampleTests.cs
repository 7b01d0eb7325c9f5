using System.Net;
using System.Text.Json;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using ActionPlans.Web.Tests.Progress;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Cases;

/// <summary>An inspection's case sample through the service: upload, pages, figures on the ratings page, and who may see it.</summary>
public sealed class CaseSampleTests(RunningService service) : IClassFixture<RunningService>
{
    /// <summary>The demo's inspections: the published one of Fenmoor and Dales CRC, and the others in id order.</summary>
    private async Task<(int Published, int Other)> InspectionsAsync()
    {
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        var published = await db.Plans.Where(p => p.Id == plan).Select(p => p.InspectionId).SingleAsync();
        var other = await db.Inspections.Where(i => i.Id != published).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        return (published, other);
    }

    private async Task<(int Cases, int AuditEntries)> StoredAsync(int inspection)
    {
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        return (await db.CaseSamples.Where(s => s.InspectionId == inspection).SelectMany(s => s.Cases).CountAsync(),
            await db.AuditEntries.CountAsync(a => a.Entity == "InspectedCase"));
    }

    [Fact]
    public async Task A_bad_file_lists_every_problem_by_line_and_column_and_stores_nothing()
    {
        var (_, inspection) = await InspectionsAsync();
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        Assert.Equal(HttpStatusCode.Redirect, (await CaseCsv.UploadAsync(inspector, inspection, CaseCsv.Bytes(CaseCsv.Good))).StatusCode);
        var before = await StoredAsync(inspection);

        var answer = await CaseCsv.UploadAsync(inspector, inspection, CaseCsv.Bytes(CaseCsv.Bad));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var page = await ProgressForms.PageOfAsync(answer);
        var problems = page.QuerySelectorAll(".app-csv-problems li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
        [
            "line 1, column 6 (7.7.7)", "line 1, column 7 (Surname)",
            "line 2, column 1 (reference)", "line 2, column 5 (2.1.1)", "line 2, column 8 (ogrs)",
            "line 3, column 2 (kind)", "line 3, column 3 (grade)",
            "line 5, column 1 (reference)", "line 5, column 5 (2.1.1)",
        ], problems.Select(p => p[..p.IndexOf(':')]));
        Assert.Contains("looks like a person's name", problems[2]);
        Assert.Contains("no names or dates of birth", problems[1]);
        Assert.Contains("already on line 4", problems[7]);
        Assert.Contains("Nothing was imported", ProgressForms.FieldError(page, "Upload"));
        // The sample is as it was: not one case of the bad file, none of the earlier one removed.
        Assert.Equal(before, await StoredAsync(inspection));
        Assert.DoesNotContain("Ann Example", await inspector.GetStringAsync($"/inspections/{inspection}/cases"));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_beside_the_field_before_it_is_read()
    {
        var (_, inspection) = await InspectionsAsync();
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var before = await StoredAsync(inspection);
        var large = CaseCsv.Bytes("reference,kind,grade,harm\n" + new string(',', 2 * 1024 * 1024));

        var page = await ProgressForms.PageOfAsync(await CaseCsv.UploadAsync(inspector, inspection, large));

        Assert.Contains("larger than 2 MB", ProgressForms.FieldError(page, "Upload"));
        Assert.Equal(before, await StoredAsync(inspection));
    }

    [Fact]
    public async Task An_upload_replaces_the_sample_says_so_and_is_audited_as_the_inspector()
    {
        var (_, inspection) = await InspectionsAsync();
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var page = await inspector.PageAsync($"/inspections/{inspection}/cases");
        Assert.Contains("Importing replaces the whole case sample", page.QuerySelector(".govuk-warning-text")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await CaseCsv.UploadAsync(inspector, inspection, CaseCsv.Bytes(CaseCsv.Good))).StatusCode);
        var one = "reference,kind,grade,harm,2.1.1\nC777,community,PO,no,yes\n";
        var replaced = await CaseCsv.UploadAsync(inspector, inspection, CaseCsv.Bytes(one));
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);

        page = await inspector.PageAsync(replaced.RedirectPath());
        Assert.Equal(["C777"], page.QuerySelectorAll(".app-cases tbody th").Select(th => th.TextContent.Trim()));
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        var audited = await db.AuditEntries.Where(a => a.Entity == "InspectedCase").ToListAsync();
        Assert.Contains(audited, a => a.Action.ToString() == "Added" && a.Actor == "inspector@demo.test" && a.Changes.Contains("C777"));
        Assert.Contains(audited, a => a.Action.ToString() == "Deleted" && a.Actor == "inspector@demo.test" && a.Changes.Contains("C004"));
    }

    [Fact]
    public async Task A_case_entered_on_its_page_is_refused_beside_each_field_then_saved_and_counted()
    {
        var (_, inspection) = await InspectionsAsync();
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        Assert.Equal(HttpStatusCode.Redirect, (await CaseCsv.UploadAsync(inspector, inspection, CaseCsv.Bytes("reference,kind,grade,harm\nC100,unpaid work,,no\n"))).StatusCode);
        var path = $"/inspections/{inspection}/case";
        var fields = Browserless.FormFields(await inspector.PageAsync(path));
        var index = fields.Single(f => f.Value == "4.1.1").Key.Replace(".QuestionId", ".Value");
        var kq = fields.Single(f => f.Value == "2.1.1").Key.Replace(".QuestionId", ".Value");
        fields["Reference"] = "Pat Example";
        fields["Kind"] = "community";
        fields["Harm"] = "no";
        fields[index] = "yes";
        fields[kq] = "no";
        fields["Ogrs"] = "abc";

        var refused = await inspector.PostAsync($"{path}?handler=Save", new FormUrlEncodedContent(WithToken(fields, await inspector.PageAsync(path))));
        var page = await ProgressForms.PageOfAsync(refused);
        Assert.Contains("looks like a person's name", ProgressForms.FieldError(page, "Reference"));
        Assert.Contains("not asked of community cases", ProgressForms.FieldError(page, index.Replace('.', '_').Replace('[', '_').Replace(']', '_')));
        Assert.Contains("whole number from 0 to 100", ProgressForms.FieldError(page, "Ogrs"));
        Assert.Equal(3, ProgressForms.Errors(page).Count);

        fields["Reference"] = "C321";
        fields[index] = "";
        fields["Ogrs"] = "55";
        var saved = await inspector.PostAsync($"{path}?handler=Save", new FormUrlEncodedContent(WithToken(fields, await inspector.PageAsync(path))));
        Assert.Equal($"/inspections/{inspection}/cases", saved.RedirectPath());
        var cases = await inspector.PageAsync(saved.RedirectPath());
        var row = cases.QuerySelectorAll("#key-question-figures tr[data-question='2.1.1'] td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["0", "1", "0.0", "0.0"], row);
        Assert.Equal(["C100", "C321"], cases.QuerySelectorAll(".app-cases tbody th").Select(th => th.TextContent.Trim()));
    }

    private static Dictionary<string, string> WithToken(Dictionary<string, string> fields, AngleSharp.Html.Dom.IHtmlDocument page) =>
        new(fields) { ["__RequestVerificationToken"] = page.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")! };

    [Fact]
    public async Task The_ratings_page_shows_the_cases_figures_beside_the_typed_ones_and_fills_them_in_on_request()
    {
        var (inspection, _) = await InspectionsAsync();
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var path = $"/inspections/{inspection}/ratings";
        Assert.Empty((await inspector.PageAsync(path)).QuerySelectorAll(".app-from-cases"));
        Assert.Equal(HttpStatusCode.Redirect, (await CaseCsv.UploadAsync(inspector, inspection, CaseCsv.Bytes(CaseCsv.Good))).StatusCode);

        var page = await inspector.PageAsync(path);
        var cell = page.QuerySelector(".app-from-cases[data-question='2.1.1']")!.TextContent;
        Assert.Contains("75% (3 of 4, ±27.7)", cell);
        // The demo's report gives 71 for assessment's first key question: what was typed stays beside what the cases give.
        Assert.Equal("71", page.QuerySelector("input[name='Standards[4].Figures[0].Current']")!.GetAttribute("value"));
        Assert.Contains("Typed figure differs by -4 points", cell);

        var used = await inspector.PostAsync($"{path}?handler=UseCases", new FormUrlEncodedContent(WithToken(Browserless.FormFields(page), page)));
        var filled = await ProgressForms.PageOfAsync(used);
        Assert.Equal("75", filled.QuerySelector("input[name='Standards[4].Figures[0].Current']")!.GetAttribute("value"));
        Assert.Equal("50", filled.QuerySelector("input[name='Standards[4].Figures[2].Current']")!.GetAttribute("value"));
        Assert.DoesNotContain("Typed figure differs", filled.QuerySelector(".app-from-cases[data-question='2.1.1']")!.TextContent);
    }

    [Fact]
    public async Task Case_data_never_reaches_the_public_the_api_open_data_or_the_downloads()
    {
        var (inspection, _) = await InspectionsAsync();
        const string reference = "QZ9041";
        using (var inspector = await service.SignedInClientAsync("inspector@demo.test"))
        {
            var csv = $"reference,kind,grade,harm,2.1.1,ogrs,rosh,flags,band\n{reference},community,PO,yes,yes,88,medium,iom,Crimson\n";
            Assert.Equal(HttpStatusCode.Redirect, (await CaseCsv.UploadAsync(inspector, inspection, CaseCsv.Bytes(csv))).StatusCode);
            Assert.Contains(reference, await inspector.GetStringAsync($"/inspections/{inspection}/cases"));
            // The inspection's own page gives inspectors the count and the way in, never the cases themselves.
            var details = await inspector.GetStringAsync($"/inspections/{inspection}");
            Assert.Contains($"/inspections/{inspection}/cases", details);
            Assert.DoesNotContain(reference, details);
        }
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        string[] paths =
        [
            $"/inspections/{inspection}", "/inspections", "/", $"/plans/{plan}", $"/plans/{plan}/delivery",
            $"/plans/{plan}?handler=Download&format=json", $"/plans/{plan}?handler=Download&format=csv", $"/plans/{plan}?handler=Download&format=html",
            $"/plans/{plan}/progress-report/Download?format=json",
            "/api/inspections", $"/api/inspections/{inspection}", $"/api/plans/{plan}", "/api/plans", "/api/recommendations", "/api/actions", "/api/actions.csv",
            "/openapi/v1.json", "/open-data",
        ];
        using var visitor = service.Client();
        using var coordinator = await service.SignedInClientAsync("coordinator@demo.test");
        foreach (var client in new[] { visitor, coordinator })
            foreach (var path in paths)
            {
                var answer = await client.GetAsync(path);
                var body = await answer.Content.ReadAsStringAsync();
                Assert.DoesNotContain(reference, body);
                Assert.DoesNotContain("Crimson", body);
            }
        // The anonymous inspection page offers no way to the cases; a coordinator asking for them is refused.
        Assert.DoesNotContain("/cases", await visitor.GetStringAsync($"/inspections/{inspection}"));
        Assert.DoesNotContain($"/inspections/{inspection}/cases", await coordinator.GetStringAsync($"/inspections/{inspection}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/inspections/{inspection}/cases")).StatusCode);
        Assert.StartsWith("/sign-in", (await visitor.GetAsync($"/inspections/{inspection}/cases")).RedirectPath());
    }

    [Fact]
    public async Task The_inspection_page_shows_inspectors_the_sample_size_its_population_needs()
    {
        var (_, inspection) = await InspectionsAsync();
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var saved = await inspector.PressAsync($"/inspections/{inspection}/cases", "Population", new() { ["Population"] = "1,200" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var line = (await inspector.PageAsync($"/inspections/{inspection}")).QuerySelector(".app-case-sample-size")!.TextContent;
        Assert.Contains("a population of 1200 needs 145", line);

        var refused = await ProgressForms.PageOfAsync(await inspector.PressAsync($"/inspections/{inspection}/cases", "Population", new() { ["Population"] = "0" }));
        Assert.Contains("1 or more", ProgressForms.FieldError(refused, "Population"));
    }

    [Fact]
    public async Task The_cases_page_checks_each_allocation_against_the_providers_guidance()
    {
        int inspection;
        using (var scope = service.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            // Northumbria CRC's guidance ships with the service: the provider needs no guidance stored.
            var provider = new ActionPlans.Core.Organisations.Organisation("Northumbria CRC", ActionPlans.Core.Organisations.OrganisationKind.CommunityRehabilitationCompany);
            var inspected = new ActionPlans.Core.Inspections.Inspection(provider, ActionPlans.Core.Inspections.InspectionKind.CrcInspection, new DateOnly(2019, 9, 2), null);
            db.Inspections.Add(inspected);
            await db.SaveChangesAsync();
            inspection = inspected.Id;
        }
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var csv = "reference,kind,grade,harm,ogrs,rosh,flags,band\n"
            + "C201,community,PSO,no,30,low,,Green\n"
            + "C202,community,PSO,no,30,low,child-protection-plan,Green\n"
            + "C203,community,PO,no,,,,\n";
        Assert.Equal(HttpStatusCode.Redirect, (await CaseCsv.UploadAsync(inspector, inspection, CaseCsv.Bytes(csv))).StatusCode);

        var page = await inspector.PageAsync($"/inspections/{inspection}/cases");
        var summary = page.QuerySelector(".app-allocation-summary")!.TextContent;
        Assert.Contains("Northumbria CRC's allocation guidance in force on 2 September 2019", summary);
        Assert.Contains("1 of 2 case(s) with an allocation were allocated as the guidance says (50%)", summary);
        var differing = page.QuerySelectorAll(".app-allocation-differences tbody tr").Select(r => r.TextContent).ToList();
        var only = Assert.Single(differing);
        Assert.Contains("C202", only);
        Assert.Contains("the guidance gives Blue", only);
        Assert.Contains("Held by a PSO; the guidance asks for a PO", only);
        Assert.Contains("C203", page.QuerySelector(".app-allocation-unchecked")!.TextContent);

        // A provider with no guidance is said so, and nothing is checked.
        var (published, _) = await InspectionsAsync();
        var other = await inspector.PageAsync($"/inspections/{published}/cases");
        Assert.Contains("cannot be checked", other.QuerySelector(".app-allocation-summary")!.TextContent);
    }
}
