using System.Net;
using ActionPlans.Core.Access;

namespace ActionPlans.Web.Infrastructure.Hosting;

/// <summary>
/// How sign-in and transport are protected, read and checked from the Security: and RateLimits: settings.
/// Behind a proxy that ends TLS, Security:ForwardedHeaders lets the service see the request was HTTPS, so
/// that the cookies are marked Secure and HSTS is sent.
/// </summary>
public sealed record SecuritySettings(
    bool RequireTwoFactor,
    bool CookieAlwaysSecure,
    bool Hsts,
    bool ForwardedHeaders,
    IReadOnlyList<IPNetwork> KnownProxies,
    RateLimitSettings RateLimits)
{
    public const string RequireTwoFactorSetting = "Security:RequireTwoFactor";
    public const string KnownProxiesSetting = "Security:KnownProxies";

    /// <summary>The roles that must sign in with an authenticator app when two-factor sign-in is required.</summary>
    public static readonly IReadOnlyList<string> StaffRoles = [Role.Inspector, Role.Administrator];

    public static SecuritySettings From(IConfiguration configuration, bool demo) => new(
        // The demo's accounts share a published password and have no authenticator: it is off there unless set.
        SettingValue.YesNo(configuration, RequireTwoFactorSetting) ?? !demo,
        SettingValue.YesNo(configuration, "Security:CookieSecure") ?? false,
        SettingValue.YesNo(configuration, "Security:Hsts") ?? true,
        SettingValue.YesNo(configuration, "Security:ForwardedHeaders") ?? false,
        Proxies(configuration),
        RateLimitSettings.From(configuration));

    private static List<IPNetwork> Proxies(IConfiguration configuration)
    {
        var text = SettingValue.Text(configuration, KnownProxiesSetting);
        if (text is null) return [];
        var proxies = new List<IPNetwork>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPNetwork.TryParse(part, out var network)) proxies.Add(network);
            else if (IPAddress.TryParse(part, out var address)) proxies.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            else throw SettingValue.Refused(KnownProxiesSetting, $"must list IP addresses or networks separated by commas, such as 10.0.0.5,192.168.0.0/24, not '{part}'");
        }
        return proxies;
    }
}

/// <summary>How many sign-in attempts (per client address), imports and uploads (per account) are taken in each window.</summary>
public sealed record RateLimitSettings(int SignIn, int Import, int Uploads, TimeSpan Window)
{
    public static RateLimitSettings From(IConfiguration configuration) => new(
        SettingValue.Number(configuration, "RateLimits:SignIn", 20, 1, 100_000),
        SettingValue.Number(configuration, "RateLimits:Import", 30, 1, 100_000),
        SettingValue.Number(configuration, "RateLimits:Uploads", 30, 1, 100_000),
        SettingValue.Duration(configuration, "RateLimits:Window", TimeSpan.FromMinutes(1)));
}
