using System.Net;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Http;

/// <summary>
/// A change the domain refuses, answered by the one page filter rather than by each page: the page again with the
/// domain's message beside the field it is about, or at the top when it is about the whole thing, and nothing saved.
/// </summary>
public sealed class DomainRefusalTests(RunningService service) : IClassFixture<RunningService>
{
    [Fact]
    public async Task A_report_published_before_its_fieldwork_is_refused_beside_the_publication_date_and_nothing_is_saved()
    {
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var form = Browserless.FormFields(await inspector.PageAsync("/inspections/new"));
        int provider, before;
        using (var scope = service.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            provider = await db.Organisations.Where(o => o.Name == "Fenmoor and Dales CRC").Select(o => o.Id).SingleAsync();
            before = await db.Inspections.CountAsync();
        }
        form["ProviderId"] = provider.ToString();
        form["Kind"] = "CrcInspection";
        (form["Fieldwork.Day"], form["Fieldwork.Month"], form["Fieldwork.Year"]) = ("16", "9", "2019");
        (form["Published.Day"], form["Published.Month"], form["Published.Year"]) = ("2", "9", "2019");

        var refused = await inspector.PostAsync("/inspections/new", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = Browserless.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("A report cannot be published before its fieldwork started.", page.GetElementById("Published-error")?.TextContent.Replace("Error:", "").Trim());
        using (var scope = service.Services.CreateScope())
            Assert.Equal(before, await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().Inspections.CountAsync());
    }

    [Fact]
    public async Task Closing_the_monitoring_of_a_plan_not_being_delivered_is_refused_at_the_top_and_changes_nothing()
    {
        var draft = await service.PlanIdAsync(PlanStatus.Draft);
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var token = Browserless.FormFields(await inspector.PageAsync("/sign-in"))["__RequestVerificationToken"];

        var refused = await inspector.PostAsync($"/plans/{draft}/delivery/close", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = Browserless.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Only an accepted or published plan is monitored, so only such a plan can be closed.", page.QuerySelector(".govuk-error-summary")?.TextContent);
        using var scope = service.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().Plans.Where(p => p.Id == draft).Select(p => p.Closed).SingleAsync());
    }
}
