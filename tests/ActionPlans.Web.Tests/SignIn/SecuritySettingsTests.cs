using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.SignIn;

/// <summary>A wrong security or rate-limit setting stops the service at start with one line naming it.</summary>
public sealed class SecuritySettingsTests
{
    public static TheoryData<string, string, string> BadSettings => new()
    {
        { "Security__RequireTwoFactor", "sometimes", "The setting Security:RequireTwoFactor (Security__RequireTwoFactor) must be true or false, not 'sometimes'" },
        { "Security__KnownProxies", "10.0.0.5,the proxy", "The setting Security:KnownProxies (Security__KnownProxies) must list IP addresses or networks" },
        { "RateLimits__SignIn", "0", "The setting RateLimits:SignIn (RateLimits__SignIn) must be a whole number from 1" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task A_bad_setting_is_named_in_one_line(string variable, string value, string words)
    {
        var outcome = await ServiceProcess.RunAsync(new Dictionary<string, string> { [variable] = value }, null);

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(words, line);
    }
}
