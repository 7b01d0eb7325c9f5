using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ActionPlans.Web.Infrastructure.Email;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace ActionPlans.Web.Tests.Notifications;

/// <summary>
/// The demo on a database that outlives each start of the service, a real SMTP server, and a clock the test sets
/// to any day (time still passes from there). The service decides and sends every second, on a port chosen up
/// front so that Service:BaseUrl, and so every link in an email, leads to it.
/// </summary>
public sealed class NotificationWorld : IAsyncDisposable
{
    public const string Inspector = "inspector@demo.test";
    public const string Coordinator = "coordinator@demo.test";
    public const string Owner = "owner@demo.test";
    public const string MidshireCoordinator = "midshire.coordinator@demo.test";

    private readonly string _folder = Directory.CreateTempSubdirectory("actionplans-notifications-").FullName;
    private readonly IReadOnlyDictionary<string, string?> _database;
    private readonly int _port = FreePort();

    private NotificationWorld(IReadOnlyDictionary<string, string?> database) => _database = database;

    public SmtpServer Smtp { get; } = new();
    public MovableClock Clock { get; } = new();
    public Uri BaseUrl => new($"http://127.0.0.1:{_port}/");

    public static async Task<NotificationWorld> CreateAsync(IReadOnlyDictionary<string, string?>? database = null)
    {
        var world = new NotificationWorld(database ?? new Dictionary<string, string?>());
        await world.Smtp.StartAsync();
        return world;
    }

    /// <summary>The service with email on; <paramref name="fixedPort"/> false for a second instance beside the first.</summary>
    public Task<RunningService> StartAsync(bool fixedPort = true) => RunningService.StartAsync(_folder, Settings(fixedPort), Clock);

    /// <summary>The service with email on, not yet started, for a browser fixture to start.</summary>
    public RunningService Unstarted() => RunningService.Unstarted(_folder, Settings(fixedPort: true), Clock);

    /// <summary>The service with email off: nothing is queued or sent, so the data can be set up.</summary>
    public Task<RunningService> StartQuietAsync() => RunningService.StartAsync(_folder, _database, Clock);

    private Dictionary<string, string?> Settings(bool fixedPort) => new(_database)
    {
        ["urls"] = fixedPort ? BaseUrl.AbsoluteUri.TrimEnd('/') : "http://127.0.0.1:0",
        ["Email:Host"] = "127.0.0.1",
        ["Email:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Email:Sender:Address"] = "notifications@demo.test",
        ["Reminders:Interval"] = "00:00:01",
        ["Service:BaseUrl"] = BaseUrl.AbsoluteUri,
    };

    /// <summary>Sets the clock to this UK day at 09:00 (GMT or BST alike, as the test days are all in winter).</summary>
    public void SetDay(DateOnly day) => Clock.Ahead = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero) - DateTimeOffset.UtcNow;

    public IReadOnlyList<MimeMessage> ReceivedBy(string address) =>
        Smtp.Received().Where(m => m.To.Mailboxes.Any(a => a.Address == address)).ToList();

    /// <summary>Waits until the mailbox holds a message whose subject starts so; fails saying what it holds.</summary>
    public async Task<MimeMessage> ArrivedAsync(string address, string subject)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var found = ReceivedBy(address).FirstOrDefault(m => (m.Subject ?? "").StartsWith(subject, StringComparison.Ordinal));
            if (found is not null) return found;
            if (DateTime.UtcNow > until)
                Assert.Fail($"No message '{subject}' reached {address}; it has: {string.Join("; ", ReceivedBy(address).Select(m => m.Subject))}");
            await Task.Delay(250);
        }
    }

    /// <summary>Long enough for the job, running every second, to have had several more rounds.</summary>
    public static Task SeveralRoundsAsync() => Task.Delay(TimeSpan.FromSeconds(3));

    public static async Task<List<OutboxMessage>> OutboxAsync(RunningService service)
    {
        using var scope = service.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().Outbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>No message reached the SMTP server twice and none was queued twice.</summary>
    public async Task AssertEachOnceAsync(RunningService service)
    {
        var received = Smtp.Received();
        var twice = received.GroupBy(m => m.MessageId).Where(g => g.Count() > 1).Select(g => g.First().Subject).ToList();
        Assert.True(twice.Count == 0, $"Delivered more than once: {string.Join("; ", twice)}");
        var outbox = await OutboxAsync(service);
        Assert.Equal(outbox.Count, outbox.Select(m => m.Key).Distinct().Count());
    }

    /// <summary>Plain text and HTML alternatives, the HTML with the link and neither images nor anything fetched when opened.</summary>
    public static void AssertMultipart(MimeMessage message, string link)
    {
        var alternatives = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternatives.Select(p => p.ContentType.MimeType));
        Assert.Contains(link, message.TextBody);
        Assert.Contains($"<a href=\"{link}", message.HtmlBody);
        Assert.DoesNotContain("<img", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Inspection action plans", message.HtmlBody);
    }

    public static void AssertUnsubscribable(MimeMessage message, Uri baseUrl)
    {
        var header = message.Headers["List-Unsubscribe"];
        Assert.StartsWith($"<{baseUrl}unsubscribe/", header);
        Assert.EndsWith(">", header);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Contains(header!.Trim('<', '>'), message.TextBody);
    }

    public sealed class MovableClock : TimeProvider
    {
        public TimeSpan Ahead { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Ahead;
    }

    public async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
