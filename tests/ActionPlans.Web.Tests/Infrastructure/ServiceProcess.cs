using System.Diagnostics;

namespace ActionPlans.Web.Tests.Infrastructure;

/// <summary>Runs the built service executable as a newcomer would, with settings in its environment.</summary>
public static class ServiceProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string> environment, string? input, params string[] args)
    {
        using var process = Process.Start(StartInfo(environment, args))!;
        if (input is not null) await process.StandardInput.WriteLineAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The service did not exit within 60 s: {await error}");
        }
        return new Outcome(process.ExitCode, await output, await error);
    }

    /// <summary>
    /// Starts the executable and waits until it says where it listens; the answer is that address, or
    /// null when it exited first (with what it wrote). The process is ended when the token is disposed.
    /// </summary>
    public static async Task<(Uri? Address, string Written, IDisposable Stop)> StartServingAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var process = Process.Start(StartInfo(environment, args))!;
        process.StandardInput.Close();
        var written = new System.Text.StringBuilder();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            written.AppendLine(line);
            var at = line.IndexOf("Now listening on: ", StringComparison.Ordinal);
            if (at >= 0) return (new Uri(line[(at + "Now listening on: ".Length)..].Trim()), written.ToString(), new Ending(process));
        }
        await process.WaitForExitAsync(timeout.Token);
        written.Append(await error);
        process.Dispose();
        return (null, written.ToString(), new Ending(null));
    }

    private sealed class Ending(Process? process) : IDisposable
    {
        public void Dispose()
        {
            if (process is null) return;
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ActionPlans.Web.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (k, v) in environment) start.Environment[k] = v;
        return start;
    }
}
