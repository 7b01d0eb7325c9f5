using ActionPlans.Core.Progress;
using ActionPlans.Web.Infrastructure.Hosting;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>How the pages, reports and open data judge delivery: the window in which an action counts as due soon.</summary>
public sealed record DeliverySettings(DueSoonWindow DueSoon)
{
    public const string DueSoonDaysSetting = "Progress:DueSoonDays";

    public static DeliverySettings From(IConfiguration configuration) =>
        new(new DueSoonWindow(SettingValue.Number(configuration, DueSoonDaysSetting, DueSoonWindow.DefaultDays, 0, 366)));
}
