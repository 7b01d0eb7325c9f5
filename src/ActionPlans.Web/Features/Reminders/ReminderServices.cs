using ActionPlans.Web.Features.Notifications;
using ActionPlans.Web.Infrastructure.Email;

namespace ActionPlans.Web.Features.Reminders;

public static class ReminderServices
{
    /// <summary>Reads and checks the Email, Reminders and Service settings (a bad one stops the start) and runs the reminder job.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(EmailSettings.From(configuration));
        services.AddSingleton(ReminderSettings.From(configuration));
        services.AddNotifications();
        services.AddHostedService<ReminderJob>();
        return services;
    }
}
