using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ActionPlans.Web.Tests.Infrastructure;

/// <summary>Plain HTTP as a form-filling person would do it: read the page, send its form with its anti-forgery token.</summary>
public static class Browserless
{
    public static async Task<IHtmlDocument> PageAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode} {response.RedirectPath()}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string path, IDictionary<string, string> fields)
    {
        var page = await client.PageAsync(path);
        var token = page.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No anti-forgery token in the form on {path}");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    /// <summary>Sends the form of <paramref name="path"/> whose action names <paramref name="handler"/>, with its anti-forgery token, as pressing its button would.</summary>
    public static async Task<HttpResponseMessage> PressAsync(this HttpClient client, string path, string handler, Dictionary<string, string>? fields = null)
    {
        var page = await client.PageAsync(path);
        var form = page.QuerySelectorAll("main form[method=post]").First(f => (f.GetAttribute("action") ?? "").Contains($"handler={handler}"));
        var values = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")! };
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.SubmitAsync("/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    /// <summary>A client of <paramref name="service"/> signed in as a demo account.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this RunningService service, string email)
    {
        var client = service.Client();
        var answer = await client.SignInAsync(email, ActionPlans.Web.Infrastructure.Demo.DemoData.Password);
        Assert.True(answer.StatusCode == HttpStatusCode.Redirect, $"Signing in as {email} answered {(int)answer.StatusCode}");
        return client;
    }

    /// <summary>What the page's form would send as it stands: its text fields, hidden fields and checked boxes.</summary>
    public static Dictionary<string, string> FormFields(IHtmlDocument page)
    {
        var fields = new Dictionary<string, string>();
        foreach (var element in page.QuerySelectorAll("main form[method=post] input, main form[method=post] textarea"))
        {
            var name = element.GetAttribute("name");
            var type = element.GetAttribute("type") ?? "text";
            if (name is null || element.HasAttribute("disabled")) continue;
            if (type is "checkbox" or "radio" && !element.HasAttribute("checked")) continue;
            fields[name] = element.TagName == "TEXTAREA" ? element.TextContent : element.GetAttribute("value") ?? "";
        }
        return fields;
    }

    /// <summary>Where a redirect leads, as a path on this service.</summary>
    public static string RedirectPath(this HttpResponseMessage response) =>
        response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location?.OriginalString ?? "";

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
