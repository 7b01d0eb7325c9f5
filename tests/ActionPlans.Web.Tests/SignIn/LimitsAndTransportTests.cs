using System.Net;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Tests.Infrastructure;
using ActionPlans.Web.Tests.Progress;

namespace ActionPlans.Web.Tests.SignIn;

/// <summary>Rate limits answered 429 with the service's page, and cookies and HSTS behind a proxy that ends TLS.</summary>
public sealed class LimitsAndTransportTests
{
    private static async Task<T> WithServiceAsync<T>(Dictionary<string, string?> settings, Func<RunningService, Task<T>> work)
    {
        var folder = Directory.CreateTempSubdirectory("actionplans-limits-").FullName;
        try
        {
            await using var service = await RunningService.StartAsync(folder, settings);
            return await work(service);
        }
        finally { try { Directory.Delete(folder, recursive: true); } catch (IOException) { } }
    }

    [Fact]
    public Task Sign_in_attempts_past_the_limit_are_answered_429_with_the_services_page() =>
        WithServiceAsync(new() { ["RateLimits:SignIn"] = "3", ["RateLimits:Window"] = "01:00:00" }, async service =>
        {
            using var client = service.Client();
            for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("someone@example.test", "a wrong password")).StatusCode);

            var refused = await client.SignInAsync("inspector@demo.test", DemoData.Password);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.True(refused.Headers.RetryAfter is not null, "Retry-After is sent");
            var page = Browserless.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal("Too many attempts", page.QuerySelector("h1")?.TextContent);
            // Reading the form is not limited, and the refused attempt signed no one in.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sign-in")).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/inspections")).StatusCode);
            return 0;
        });

    [Fact]
    public Task Imports_past_the_limit_are_answered_429() =>
        WithServiceAsync(new() { ["RateLimits:Import"] = "2", ["RateLimits:Window"] = "01:00:00" }, async service =>
        {
            using var inspector = await service.SignedInClientAsync("inspector@demo.test");
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 3; i++)
            {
                var token = (await inspector.PageAsync("/import")).QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
                using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
                statuses.Add((await inspector.PostAsync("/import?handler=Read", form)).StatusCode);
            }
            Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
            Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
            return 0;
        });

    [Fact]
    public Task Evidence_uploads_past_the_limit_are_answered_429_and_store_nothing() =>
        WithServiceAsync(new() { ["RateLimits:Uploads"] = "1", ["RateLimits:Window"] = "01:00:00" }, async service =>
        {
            using var owner = await service.SignedInClientAsync("owner@demo.test");
            var path = await service.PathOfAsync("Audit 40 cases each quarter");
            var text = System.Text.Encoding.UTF8.GetBytes("Cases audited,37\n");

            var first = await owner.SendAsync(path, "Update", ProgressForms.Update("InProgress", ProgressForms.Today, "First upload."), ("audit.csv", text));
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
            var before = await service.CountsAsync();
            var second = await owner.SendAsync(path, "Update", ProgressForms.Update("InProgress", ProgressForms.Today, "Second upload."), ("audit.csv", text));
            Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
            Assert.Equal(before, await service.CountsAsync());
            return 0;
        });

    private static HttpRequestMessage SignInPage(bool forwardedHttps)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/sign-in");
        request.Headers.Host = "plans.example.test";
        if (forwardedHttps) request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("\n", response.Headers.TryGetValues("Set-Cookie", out var values) ? values : []);

    [Fact]
    public Task Behind_a_TLS_proxy_cookies_are_secure_and_HSTS_is_sent() =>
        WithServiceAsync(new() { ["Security:ForwardedHeaders"] = "true" }, async service =>
        {
            using var client = service.Client();
            var https = await client.SendAsync(SignInPage(forwardedHttps: true));
            Assert.StartsWith("max-age=31536000", string.Join("", https.Headers.GetValues("Strict-Transport-Security")));
            Assert.Contains("; secure", Cookies(https), StringComparison.OrdinalIgnoreCase);

            // Plain HTTP (the proxy said nothing): no HSTS, and a cookie the browser will send back over HTTP.
            var http = await client.SendAsync(SignInPage(forwardedHttps: false));
            Assert.False(http.Headers.Contains("Strict-Transport-Security"));
            Assert.DoesNotContain("; secure", Cookies(http), StringComparison.OrdinalIgnoreCase);
            return 0;
        });

    [Fact]
    public Task Forwarded_headers_are_not_believed_unless_turned_on_and_CookieSecure_marks_every_cookie_secure() =>
        WithServiceAsync(new() { ["Security:CookieSecure"] = "true" }, async service =>
        {
            using var client = service.Client();
            var response = await client.SendAsync(SignInPage(forwardedHttps: true));
            Assert.False(response.Headers.Contains("Strict-Transport-Security"));
            Assert.Contains("; secure", Cookies(response), StringComparison.OrdinalIgnoreCase);
            return 0;
        });
}
