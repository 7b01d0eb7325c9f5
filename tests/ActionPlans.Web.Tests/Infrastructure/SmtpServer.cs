using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace ActionPlans.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on a loopback port: Debian's aiosmtpd, writing every message it accepts to a
/// maildir that the tests read back with MimeKit. It can be stopped and started again on the same
/// port, as a mail server that goes down and comes back.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    // Debian's interpreter, which has python3-aiosmtpd; a python3 earlier on PATH may not.
    private const string Python = "/usr/bin/python3";

    private readonly string _folder = Directory.CreateTempSubdirectory("actionplans-mail-").FullName;
    private Process? _process;

    public int Port { get; } = FreePort();

    // The handler makes the maildir's tmp, new and cur folders only when it creates the maildir itself.
    private string Maildir => Path.Combine(_folder, "maildir");

    public async Task StartAsync()
    {
        if (_process is not null) return;
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir }) start.ArgumentList.Add(a);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} could not be started: install python3-aiosmtpd.");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var error = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (error) error.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        _process = process;

        var until = DateTime.UtcNow.AddSeconds(20);
        while (!await AcceptsAsync())
        {
            if (process.HasExited || DateTime.UtcNow > until)
            {
                await StopAsync();
                string said;
                lock (error) said = error.ToString().Trim();
                throw new InvalidOperationException($"The test SMTP server (aiosmtpd, from python3-aiosmtpd) did not listen on port {Port}: {said}");
            }
            await Task.Delay(100);
        }
    }

    public async Task StopAsync()
    {
        if (_process is not { } process) return;
        _process = null;
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    /// <summary>Every message the server has accepted so far, in the order it wrote them.</summary>
    public IReadOnlyList<MimeMessage> Received() =>
        new[] { "new", "cur" }.Select(f => Path.Combine(Maildir, f)).Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles).Select(f => new FileInfo(f)).OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name)
            .Select(f => MimeMessage.Load(f.FullName)).ToList();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private async Task<bool> AcceptsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
