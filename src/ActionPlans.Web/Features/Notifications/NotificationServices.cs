namespace ActionPlans.Web.Features.Notifications;

public static class NotificationServices
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddSingleton<UnsubscribeLinks>();
        services.AddScoped<NotificationPreferences>();
        return services;
    }
}
