using ActionPlans.Core.Plans.Deadlines;
using ActionPlans.Web.Features.Plans;

namespace ActionPlans.Web.Features.Notifications;

/// <summary>The working days a plan is given after its report, as the plan's page counts them (Plans:DueWorkingDays).</summary>
public sealed record NotificationSettings(int PlanWorkingDays);

public static class NotificationServices
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new NotificationSettings(configuration.GetValue(DetailsModel.DueWorkingDaysSetting, PlanDeadline.DefaultWorkingDays)));
        services.AddSingleton<UnsubscribeLinks>();
        services.AddScoped<NotificationPreferences>();
        return services;
    }
}
