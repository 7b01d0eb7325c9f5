using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Reminders;

/// <summary>Two instances of the service on one database decide and send at the same time; each message still goes once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoInstanceTests(ThrowawayPostgres postgres)
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Two_instances_on_one_database_send_each_message_once(string provider)
    {
        var database = provider == "Postgres"
            ? new Dictionary<string, string?> { [DatabaseSettings.ProviderSetting] = "Postgres", [DatabaseSettings.ConnectionSetting] = postgres.NewDatabase() }
            : null;
        await using var world = await ReminderWorld.CreateAsync(database);
        await world.Smtp.StartAsync();

        var starting = new[] { world.StartServiceAsync(), world.StartServiceAsync() };
        await using var one = await starting[0];
        await using var other = await starting[1];
        var outbox = await world.OutboxWhenAsync(one, m => m.SentUtc is not null, "everything sent");
        await Task.Delay(TimeSpan.FromSeconds(3));

        outbox = await ReminderWorld.OutboxAsync(other);
        Assert.Equal(outbox.Select(m => m.Key).Distinct().Count(), outbox.Count);
        world.AssertEachArrivedOnce(outbox);
    }
}
