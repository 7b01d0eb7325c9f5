using System.Net;
using System.Text;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Tests.Infrastructure;
using static ActionPlans.Web.Tests.Progress.ProgressForms;

namespace ActionPlans.Web.Tests.Progress;

/// <summary>Evidence sent with an update: refused files and links change nothing; an admitted file is kept and served as a download.</summary>
public sealed class EvidenceTests(RunningService service) : IClassFixture<RunningService>
{
    private const string Training = "Run a half-day refresher";

    // The files are described, not held, in the theory data: xunit serialises its data while discovering
    // tests, and a 10 MB array there costs gigabytes of memory and minutes.
    public static TheoryData<string, string, int, string> RefusedFiles => new()
    {
        { "large.pdf", "%PDF", 10 * 1024 * 1024, "large.pdf is larger than 10 MB." },
        { "setup.pdf", "MZ", 200, "setup.pdf is a program or script, which cannot be accepted as evidence." },
        { "page.html", "<html><script>alert(1)</script></html>", 0, "page.html cannot be accepted: evidence must be .pdf, .docx, .xlsx, .pptx, .png, .jpg, .jpeg, .csv or .txt." },
        { "notes.txt", "<html><script>alert(1)</script></html>", 0, "notes.txt is named as a text file but its content is not one." },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task A_file_too_large_or_of_a_refused_type_is_refused_beside_the_file_field_and_nothing_is_stored(string name, string start, int padding, string message)
    {
        byte[] bytes = [.. start == "%PDF" ? Pdf : Encoding.UTF8.GetBytes(start), .. new byte[padding]];
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        var path = await service.PathOfAsync(Training);
        var before = await service.CountsAsync();

        // A good file beside the bad one is not kept either: the update is saved whole or not at all.
        var refused = await PageOfAsync(await owner.SendAsync(path, "Update", Update("InProgress", Today, "Attendance records attached."), ("register.pdf", Pdf), (name, bytes)));

        Assert.Equal([message], Errors(refused));
        Assert.Equal(message, FieldError(refused, "Files"));
        Assert.Equal(before, await service.CountsAsync());
    }

    [Fact]
    public async Task A_file_beyond_the_servers_usual_request_limit_still_reaches_the_page_and_gets_the_policys_message()
    {
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        var path = await service.PathOfAsync(Training);
        var before = await service.CountsAsync();

        // Kestrel refuses bodies over 30 MB unless the page allows more; this one would otherwise be a bare error.
        var refused = await PageOfAsync(await owner.SendAsync(path, "Update", Update("InProgress", Today, "Scans."), ("scans.pdf", [.. Pdf, .. new byte[32 * 1024 * 1024]])));

        Assert.Equal("scans.pdf is larger than 10 MB.", FieldError(refused, "Files"));
        Assert.Equal(before, await service.CountsAsync());
    }

    [Fact]
    public async Task A_request_larger_than_an_update_can_ever_be_gets_the_services_own_page_saying_so()
    {
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        var path = await service.PathOfAsync(Training);
        var before = await service.CountsAsync();
        // The client waits for the server's go-ahead before sending the body, so the refusal arrives without 250 MB crossing.
        var request = new HttpRequestMessage(HttpMethod.Post, $"{path}?handler=Update") { Content = new UnsentBody(250L * 1024 * 1024) };
        request.Headers.ExpectContinue = true;

        var answer = await owner.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        var page = await PageOfAsync(answer);
        Assert.Equal("The files are too large to send", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("each file at most 10 MB", page.QuerySelector("main")!.TextContent);
        Assert.Equal(before, await service.CountsAsync());
    }

    /// <summary>A multipart body that declares its length but is never asked for.</summary>
    private sealed class UnsentBody : HttpContent
    {
        private readonly long _length;

        public UnsentBody(long length)
        {
            _length = length;
            Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=unsent");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            throw new InvalidOperationException("The server asked for a body it should have refused by its length.");

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return true;
        }
    }

    [Theory]
    [InlineData("midshire.coordinator@demo.test")]
    [InlineData("inspector@demo.test")]
    public async Task An_account_that_may_not_report_on_the_action_is_refused_before_its_upload_is_read(string account)
    {
        var path = await service.PathOfAsync(Training);
        var cookies = new CookieContainer();
        using (var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = service.BaseAddress })
            Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(account, DemoData.Password)).StatusCode);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(service.BaseAddress.Host, service.BaseAddress.Port);
        var stream = tcp.GetStream();

        // Declares 150 MB of evidence and sends the first 64 KB: a service that read the form before checking would
        // wait for the rest; one that checks first answers now.
        var start = Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data; name=\"Files\"; filename=\"scans.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n");
        var head = $"POST {path}?handler=Update HTTP/1.1\r\nHost: {service.BaseAddress.Authority}\r\nCookie: {cookies.GetCookieHeader(service.BaseAddress)}\r\n"
            + $"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: {150L * 1024 * 1024}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(start);
        await stream.WriteAsync(new byte[64 * 1024]);

        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var answer = new byte[64];
        var read = await stream.ReadAsync(answer, budget.Token);
        Assert.StartsWith("HTTP/1.1 403", Encoding.ASCII.GetString(answer, 0, read));
    }

    [Fact]
    public async Task A_javascript_link_is_refused_and_nothing_is_stored()
    {
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        var path = await service.PathOfAsync(Training);
        var before = await service.CountsAsync();
        var fields = Update("InProgress", Today, "Slides are on the intranet.");
        fields["Links"] = "https://intranet.example/training\njavascript:alert(document.cookie)";

        var refused = await PageOfAsync(await owner.SendAsync(path, "Update", fields));

        const string message = "Line 2 of the links: A link must be a full web address starting with http:// or https://.";
        Assert.Equal([message], Errors(refused));
        Assert.Equal(message, FieldError(refused, "Links"));
        Assert.Equal(before, await service.CountsAsync());
    }

    [Fact]
    public async Task A_pdf_and_a_link_are_kept_with_the_update_and_the_pdf_downloads_as_an_attachment_for_the_inspectorate_and_the_plans_bodies_only()
    {
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        var path = await service.PathOfAsync(Training);
        var before = await service.CountsAsync();
        var fields = Update("InProgress", Today, "Registers of the sessions so far.");
        fields["Links"] = "https://intranet.example/training";

        var sent = await owner.SendAsync(path, "Update", fields, ("Session registers – Dales.pdf", Pdf));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var after = await service.CountsAsync();
        Assert.Equal((before.Updates + 1, before.Evidence + 2, before.Files + 1), (after.Updates, after.Evidence, after.Files));
        var newest = (await owner.PageAsync(path)).QuerySelector(".app-update")!;
        Assert.Equal("https://intranet.example/training", newest.QuerySelector("a[rel~=noopener]")!.GetAttribute("href"));
        var file = newest.QuerySelector("a[href^='/evidence/']")!;
        Assert.Equal("Session registers – Dales.pdf", file.TextContent);
        Assert.Contains($"(PDF, {Pdf.Length} bytes)", file.ParentElement!.TextContent);

        // Files may name people on probation: the public and other organisations read the update, not its files.
        using var visitor = service.Client();
        Assert.StartsWith("/sign-in", (await visitor.GetAsync(file.GetAttribute("href"))).RedirectPath());
        Assert.Contains("Registers of the sessions so far.", (await visitor.PageAsync($"/plans/{path.Split('/')[2]}/delivery")).QuerySelector("main")!.TextContent);
        using var stranger = await service.SignedInClientAsync("midshire.coordinator@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(file.GetAttribute("href"))).StatusCode);
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync(file.GetAttribute("href"))).StatusCode);
        using var coordinator = await service.SignedInClientAsync("coordinator@demo.test");
        var download = await coordinator.GetAsync(file.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Session registers – Dales.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Evidence_that_does_not_exist_is_not_found()
    {
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await inspector.GetAsync("/evidence/999999")).StatusCode);
    }
}
