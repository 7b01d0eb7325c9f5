using System.Globalization;
using ActionPlans.Core.Plans;
using ActionPlans.Core.TargetDates;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Reminders;
using ActionPlans.Web.Infrastructure.Email;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace ActionPlans.Web.Tests.Reminders;

/// <summary>
/// The demo plus two actions of the published plan assigned to the demo owner, one due in ten days and
/// one five days overdue, on a database that outlives each start of the service; and a real SMTP server
/// (not started until a test says so). The service runs its reminder job every second.
/// </summary>
public sealed class ReminderWorld : IAsyncDisposable
{
    public const string Owner = "owner@demo.test";
    public const string Coordinator = "coordinator@demo.test";
    public const string DueSoonText = "Reminder test: publish the revised supervision standard to every team.";
    public const string OverdueText = "Reminder test: complete the audit of late risk reviews.";

    private readonly string _folder = Directory.CreateTempSubdirectory("actionplans-reminders-").FullName;
    private readonly IReadOnlyDictionary<string, string?> _database;
    private readonly string _retryAfter;

    private ReminderWorld(IReadOnlyDictionary<string, string?> database, string retryAfter)
    {
        _database = database;
        _retryAfter = retryAfter;
    }

    public SmtpServer Smtp { get; } = new();
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);
    public DateOnly DueSoonOn { get; } = Today.AddDays(10);
    public DateOnly OverdueOn { get; } = Today.AddDays(-5);
    public int Plan { get; private set; }
    public int DueSoonAction { get; private set; }
    public int OverdueAction { get; private set; }
    public string CoordinatorId { get; private set; } = "";

    /// <summary>Keys the job must queue: the owner's two reminders and the coordinator's digest for this week.</summary>
    public IReadOnlyList<string> ExpectedKeys =>
    [
        $"due-soon:{DueSoonAction}:{DueSoonOn:yyyy-MM-dd}",
        $"overdue:{OverdueAction}:{OverdueOn:yyyy-MM-dd}",
        $"digest:{CoordinatorId}:{ISOWeek.GetYear(DateTime.Today)}-W{ISOWeek.GetWeekOfYear(DateTime.Today):00}",
    ];

    /// <param name="database">Settings naming another database than the SQLite file in the world's folder.</param>
    /// <param name="retryAfter">Reminders:RetryAfter, the wait after a first failed attempt.</param>
    public static async Task<ReminderWorld> CreateAsync(IReadOnlyDictionary<string, string?>? database = null, string retryAfter = "00:00:01")
    {
        var world = new ReminderWorld(database ?? new Dictionary<string, string?>(), retryAfter);
        // The demo is loaded and the test's actions added with email off, so that no round runs before they exist.
        await using var seeding = await world.StartQuietAsync();
        using var scope = seeding.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ServiceUser>>();
        var owner = await users.FindByEmailAsync(Owner);
        world.CoordinatorId = (await users.FindByEmailAsync(Coordinator))!.Id;
        var plan = await db.Plans.Include(p => p.Responses).ThenInclude(r => r.Recommendation)
            .Include(p => p.Responses).ThenInclude(r => r.Actions).SingleAsync(p => p.Status == PlanStatus.Published);
        var response = plan.Responses.Single(r => r.Recommendation.Number == 2);
        var dueSoon = response.AddAction(DueSoonText, "Head of Quality", TargetDate.Parse(Written(world.DueSoonOn)));
        var overdue = response.AddAction(OverdueText, "Quality Lead", TargetDate.Parse(Written(world.OverdueOn)));
        dueSoon.AssignTo(owner!.Id);
        overdue.AssignTo(owner.Id);
        await db.SaveChangesAsync();
        (world.Plan, world.DueSoonAction, world.OverdueAction) = (plan.Id, dueSoon.Id, overdue.Id);
        return world;
    }

    /// <summary>The service with email off: it neither queues nor sends, so the data can be set up or looked at.</summary>
    public Task<RunningService> StartQuietAsync() => RunningService.StartAsync(_folder, _database);

    /// <summary>The service with email on, through the world's SMTP server, deciding and sending every second.</summary>
    public Task<RunningService> StartServiceAsync()
    {
        var settings = new Dictionary<string, string?>(_database)
        {
            ["Email:Host"] = "127.0.0.1",
            ["Email:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email:Sender:Address"] = "reminders@demo.test",
            ["Reminders:Interval"] = "00:00:01",
            ["Reminders:RetryAfter"] = _retryAfter,
            ["Service:BaseUrl"] = "http://actionplans.test",
        };
        return RunningService.StartAsync(_folder, settings);
    }

    public static async Task<List<OutboxMessage>> OutboxAsync(RunningService service)
    {
        using var scope = service.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().Outbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>Waits until the outbox holds the expected keys and <paramref name="done"/> holds for all it holds.</summary>
    public async Task<List<OutboxMessage>> OutboxWhenAsync(RunningService service, Func<OutboxMessage, bool> done, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var outbox = await OutboxAsync(service);
            if (ExpectedKeys.All(k => outbox.Any(m => m.Key == k)) && outbox.All(done)) return outbox;
            if (DateTime.UtcNow > until)
                Assert.Fail($"The outbox never came to {what}: {string.Join("; ", outbox.Select(m => $"{m.Key} attempts {m.Attempts} sent {m.SentUtc} error {m.LastError}"))}");
            await Task.Delay(250);
        }
    }

    /// <summary>Every outbox message has been sent and the SMTP server got each exactly once, as queued.</summary>
    public void AssertEachArrivedOnce(IReadOnlyList<OutboxMessage> outbox)
    {
        var received = Smtp.Received();
        Assert.All(outbox, m => Assert.NotNull(m.SentUtc));
        var duplicates = received.GroupBy(m => m.MessageId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"Delivered more than once: {string.Join(", ", duplicates)}");
        Assert.Equal(outbox.Select(OutboxSender.MessageId).Order(), received.Select(m => m.MessageId).Order());
        foreach (var message in outbox)
        {
            var arrived = received.Single(m => m.MessageId == OutboxSender.MessageId(message));
            Assert.Equal(message.Recipient, arrived.To.Mailboxes.Single().Address);
            Assert.Equal(message.Subject, arrived.Subject);
        }
    }

    public IReadOnlyList<MimeMessage> ReceivedBy(string address) =>
        Smtp.Received().Where(m => m.To.Mailboxes.Any(a => a.Address == address)).ToList();

    public static string Written(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
