using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Reminders;

/// <summary>A wrong email or reminder setting stops the service at start with one line naming it.</summary>
public sealed class ReminderSettingsTests
{
    public static TheoryData<Dictionary<string, string>, string> BadSettings => new()
    {
        { new() { ["Email__Enabled"] = "true" }, "The setting Email:Host (Email__Host) is required when Email:Enabled is true" },
        { new() { ["Email__Host"] = "127.0.0.1" }, "The setting Email:Sender:Address (Email__Sender__Address) is required" },
        { new() { ["Email__Host"] = "127.0.0.1", ["Email__Sender__Address"] = "no address" }, "must be one email address, not 'no address'" },
        { new() { ["Email__Port"] = "smtp" }, "The setting Email:Port (Email__Port) must be a whole number from 1 to 65535, not 'smtp'" },
        { new() { ["Email__UseTls"] = "Always" }, "Email:UseTls (Email__UseTls) must be one of None, StartTls, SslOnConnect, StartTlsWhenAvailable, not 'Always'" },
        { new() { ["Reminders__Interval"] = "five minutes" }, "Reminders:Interval (Reminders__Interval) must be a length of time written hh:mm:ss" },
        { new() { ["Reminders__DueSoonDays"] = "-1" }, "Reminders:DueSoonDays (Reminders__DueSoonDays) must be a whole number from 0 to 366" },
        { new() { ["Progress__DueSoonDays"] = "a month" }, "Progress:DueSoonDays (Progress__DueSoonDays) must be a whole number from 0 to 366" },
        { new() { ["Service__BaseUrl"] = "actionplans.example" }, "Service:BaseUrl (Service__BaseUrl) must be the service's address starting http:// or https://" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task A_bad_setting_is_named_in_one_line(Dictionary<string, string> settings, string words)
    {
        var outcome = await ServiceProcess.RunAsync(settings, null);

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("actionplans: ", line);
        Assert.Contains(words, line);
    }
}
