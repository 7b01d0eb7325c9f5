using ActionPlans.Core.Progress;
using ActionPlans.Web.Infrastructure.Hosting;

using ActionPlans.Web.Infrastructure.Email;

namespace ActionPlans.Web.Features.Reminders;

/// <summary>
/// When reminders are decided and sent, read and checked from the Reminders section; links in them
/// lead to Service:BaseUrl.
/// </summary>
public sealed record ReminderSettings(TimeSpan Interval, DueSoonWindow DueSoon, RetrySchedule Retry, Uri ServiceBase)
{
    public const int DefaultDueSoonDays = 14;
    public const string BaseUrlSetting = "Service:BaseUrl";

    public static ReminderSettings From(IConfiguration configuration)
    {
        var interval = SettingValue.Duration(configuration, "Reminders:Interval", TimeSpan.FromMinutes(5));
        var days = SettingValue.Number(configuration, "Reminders:DueSoonDays", DefaultDueSoonDays, 0, 366);
        var retry = SettingValue.Duration(configuration, "Reminders:RetryAfter", RetrySchedule.DefaultFirstWait);
        var baseText = SettingValue.Text(configuration, BaseUrlSetting) ?? "http://localhost:5000";
        if (!Uri.TryCreate(baseText, UriKind.Absolute, out var serviceBase) || serviceBase.Scheme is not ("http" or "https"))
            throw SettingValue.Refused(BaseUrlSetting, $"must be the service's address starting http:// or https://, not '{baseText}'");
        return new ReminderSettings(interval, new DueSoonWindow(days), new RetrySchedule(retry), serviceBase);
    }

    /// <summary>The page where the assignee reports progress on an action.</summary>
    public Uri ProgressPage(int plan, int action) => Page($"plans/{plan}/actions/{action}/progress");

    /// <summary>A page of the service, at its path under Service:BaseUrl.</summary>
    public Uri Page(string path) => new(new Uri(ServiceBase.AbsoluteUri.TrimEnd('/') + "/"), path);
}
