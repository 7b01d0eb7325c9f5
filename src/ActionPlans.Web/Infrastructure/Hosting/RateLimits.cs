using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;

namespace ActionPlans.Web.Infrastructure.Hosting;

/// <summary>
/// Limits on what is sent to the pages that guess at passwords or take files: sign-in per client address,
/// import and evidence uploads per account. Reading a form is never limited. Past the limit the answer
/// is 429 with the service's own page.
/// </summary>
public static class RateLimits
{
    private const string SignIn = "sign-in";
    private const string Import = "import";
    private const string Uploads = "uploads";

    /// <summary>The pages each limit applies to.</summary>
    private static readonly (string Page, string Policy)[] Pages =
    [
        ("/Accounts/SignIn", SignIn),
        ("/Accounts/TwoFactorSignIn", SignIn),
        ("/Import/Index", Import),
        ("/Monitoring/ActionRecord", Uploads),
    ];

    public static void Add(IServiceCollection services, RateLimitSettings settings)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                    context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(SignIn, http => Sent(http, $"address {http.Connection.RemoteIpAddress}", settings.SignIn, settings.Window));
            o.AddPolicy(Import, http => Sent(http, Account(http), settings.Import, settings.Window));
            o.AddPolicy(Uploads, http => Sent(http, Account(http), settings.Uploads, settings.Window));
        });
    }

    public static void Apply(PageConventionCollection conventions)
    {
        foreach (var (page, policy) in Pages)
            conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(policy)));
    }

    private static RateLimitPartition<string> Sent(HttpContext http, string key, int permits, TimeSpan window) =>
        HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            ? RateLimitPartition.GetNoLimiter("reading")
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });

    private static string Account(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { } name } ? $"account {name}" : $"address {http.Connection.RemoteIpAddress}";
}
