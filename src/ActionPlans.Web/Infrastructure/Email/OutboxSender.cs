using System.Security.Cryptography;
using System.Text;
using MailKit.Net.Smtp;
using MimeKit;

namespace ActionPlans.Web.Infrastructure.Email;

/// <summary>What one round of sending did; the error is the last one met, for the log.</summary>
public sealed record SendingRound(int Sent, int Failed, string? LastError);

/// <summary>What a message carries beside its own words: why it came and how to choose otherwise, and the one-click unsubscribe address when there is one.</summary>
public sealed record MessageFooter(string Text, Uri? Unsubscribe);

/// <summary>
/// Sends the outbox's due messages through the mail server, claiming each one before it is sent. A failed
/// message waits as the retry schedule says; a send cut short by shutdown gives its message back untried.
/// </summary>
/// <remarks>
/// Each message goes as plain text and HTML alternatives; the footer is added as it is sent, so that no
/// unsubscribe token is ever stored, and when it names an unsubscribe address the List-Unsubscribe headers
/// offer it for one-click use (RFC 8058).
/// </remarks>
public sealed class OutboxSender(OutboxQueue outbox, EmailSettings email, RetrySchedule retry, TimeProvider time, Func<OutboxMessage, MessageFooter?> footer)
{
    private const int MostPerRound = 100;
    private const int SmtpTimeoutMilliseconds = 30_000;

    public async Task<SendingRound> SendDueAsync(string claimant, CancellationToken stopping)
    {
        int sent = 0, failed = 0;
        string? lastError = null;
        SmtpClient? client = null;
        try
        {
            foreach (var id in await outbox.DueAsync(Now, MostPerRound, stopping))
            {
                var message = await outbox.ClaimAsync(id, claimant, Now);
                if (message is null) continue;
                try
                {
                    client ??= await ConnectAsync(stopping);
                    await client.SendAsync(Mime(message), stopping);
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                    await outbox.ReleaseAsync(message.Id, claimant);
                    throw;
                }
                catch (Exception e)
                {
                    lastError = (client is null ? $"Cannot connect to the mail server {email.Host}:{email.Port}: " : "The mail server did not take the message: ") + FirstLine(e);
                    client?.Dispose();
                    client = null;
                    await outbox.MarkFailedAsync(message, claimant, lastError, Now + retry.After(message.Attempts + 1));
                    failed++;
                    continue;
                }
                // Not cancellable: the message has gone, so it must be recorded as sent even while stopping.
                await outbox.MarkSentAsync(message.Id, Now);
                sent++;
            }
        }
        finally
        {
            if (client is not null) await QuitAsync(client);
        }
        return new SendingRound(sent, failed, lastError);
    }

    /// <summary>A Message-Id that stays the same for every attempt at one outbox row, so a duplicate delivery can be recognised.</summary>
    public static string MessageId(OutboxMessage message) =>
        $"outbox-{message.Id}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message.Key)))[..12]}@actionplans";

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private MimeMessage Mime(OutboxMessage message)
    {
        var mime = new MimeMessage { Subject = message.Subject, MessageId = MessageId(message), Date = time.GetUtcNow() };
        mime.From.Add(email.Sender);
        mime.To.Add(MailboxAddress.Parse(message.Recipient));
        var said = footer(message);
        var text = said is null ? message.Body : message.Body.TrimEnd() + "\n\n" + said.Text.TrimEnd() + "\n";
        mime.Body = new MultipartAlternative
        {
            new TextPart("plain") { Text = text },
            new TextPart("html") { Text = MailHtml.From(message.Subject, text) },
        };
        if (said?.Unsubscribe is { } unsubscribe)
        {
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe.AbsoluteUri}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mime;
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken stopping)
    {
        var client = new SmtpClient { Timeout = SmtpTimeoutMilliseconds };
        try
        {
            await client.ConnectAsync(email.Host, email.Port, email.SocketOptions, stopping);
            if (email.UserName is not null) await client.AuthenticateAsync(email.UserName, email.Password ?? "", stopping);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static async Task QuitAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected) await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or MailKit.ProtocolException or MailKit.CommandException or TimeoutException)
        {
            // Every message of the round is already recorded; a failed goodbye changes nothing.
        }
        finally
        {
            client.Dispose();
        }
    }

    private static string FirstLine(Exception e) => e.Message.Split('\n')[0].Trim();
}
