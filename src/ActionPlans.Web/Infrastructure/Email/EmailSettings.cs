using ActionPlans.Web.Infrastructure.Hosting;
using MailKit.Security;
using MimeKit;

namespace ActionPlans.Web.Infrastructure.Email;

/// <summary>How the connection to the mail server is protected; StartTlsWhenAvailable upgrades when the server offers it.</summary>
public enum TlsMode
{
    None,
    StartTls,
    SslOnConnect,
    StartTlsWhenAvailable,
}

/// <summary>
/// The mail server reminders go through, read and checked from the Email section. Email is on when a
/// host is set (Email:Enabled=false turns it off again); without a host no reminder is even queued.
/// </summary>
public sealed record EmailSettings(bool Enabled, string Host, int Port, TlsMode Tls, string? UserName, string? Password, MailboxAddress Sender)
{
    public const string HostSetting = "Email:Host";

    public static EmailSettings From(IConfiguration configuration)
    {
        var host = SettingValue.Text(configuration, HostSetting);
        var enabled = SettingValue.YesNo(configuration, "Email:Enabled");
        if (enabled == true && host is null)
            throw SettingValue.Refused(HostSetting, "is required when Email:Enabled is true: name the mail server, e.g. smtp.example.org");
        var tls = SettingValue.Choice(configuration, "Email:UseTls", TlsMode.StartTlsWhenAvailable);
        var port = SettingValue.Number(configuration, "Email:Port", tls switch { TlsMode.SslOnConnect => 465, TlsMode.None => 25, _ => 587 }, 1, 65535);
        var userName = SettingValue.Text(configuration, "Email:UserName");
        var password = configuration["Email:Password"];
        var on = host is not null && enabled != false;
        return new EmailSettings(on, host ?? "", port, tls, userName, string.IsNullOrEmpty(password) ? null : password, SenderFrom(configuration, on));
    }

    public SecureSocketOptions SocketOptions => Tls switch
    {
        TlsMode.None => SecureSocketOptions.None,
        TlsMode.StartTls => SecureSocketOptions.StartTls,
        TlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };

    /// <summary>Never the password.</summary>
    public string Describe() => $"{Host}:{Port} ({Tls}{(UserName is null ? "" : $", as {UserName}")}) from {Sender}";

    private static MailboxAddress SenderFrom(IConfiguration configuration, bool required)
    {
        const string addressSetting = "Email:Sender:Address";
        var address = SettingValue.Text(configuration, addressSetting);
        var name = SettingValue.Text(configuration, "Email:Sender:Name") ?? "Inspection action plans";
        if (address is null)
        {
            if (required) throw SettingValue.Refused(addressSetting, "is required when email is on: the address reminders come from, e.g. action-plans@example.org");
            return new MailboxAddress(name, "action-plans@localhost");
        }
        if (!MailboxAddress.TryParse(address, out var parsed) || parsed.Address.IndexOf('@', StringComparison.Ordinal) <= 0)
            throw SettingValue.Refused(addressSetting, $"must be one email address, not '{address}'");
        return new MailboxAddress(name, parsed.Address);
    }
}
