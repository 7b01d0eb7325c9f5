using System.Diagnostics;

namespace ActionPlans.Web.Tests.Infrastructure;

/// <summary>Runs the built service executable as a newcomer would, with settings in its environment.</summary>
public static class ServiceProcess
{
    /// <param name="PeakMemoryBytes">The most memory the process held (VmHWM), as last seen before it exited.</param>
    public sealed record Outcome(int ExitCode, string Output, string Error, long PeakMemoryBytes = 0);

    /// <summary>Starts the executable and leaves it running; the caller reads its output and ends it.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Process.Start(StartInfo(environment, args))!;

    private static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(5);

    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string> environment, string? input, params string[] args)
    {
        using var process = Start(environment, args);
        if (input is not null) await process.StandardInput.WriteLineAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        var peak = 0L;
        // The high-water mark goes with the process, so it is read until the process ends.
        while (!process.HasExited)
        {
            // A guard against a process that hangs, not a measure of speed: a verb storing fifty documents on a CI
            // machine running every test class at once has taken over a minute.
            if (clock.Elapsed > HangLimit)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The service did not exit within {HangLimit.TotalSeconds} s: {await error}");
            }
            peak = Math.Max(peak, PeakMemory(process.Id));
            await Task.Delay(10);
        }
        await process.WaitForExitAsync();
        return new Outcome(process.ExitCode, await output, await error, peak);
    }

    /// <summary>Starts the service as its own process on a free loopback port and waits until /health answers.</summary>
    public static async Task<Listening> StartAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var start = StartInfo(new Dictionary<string, string>(environment) { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" }, args);
        var service = new Listening(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        using var client = new HttpClient { BaseAddress = service.BaseAddress };
        for (var waited = 0; waited < 600; waited++)
        {
            if (service.Process.HasExited) throw new InvalidOperationException($"The service exited on start: {service.Errors}");
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode) return service;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        await service.DisposeAsync();
        throw new TimeoutException("The service did not answer /health within 60 s.");
    }

    /// <summary>The service running as its own process; disposing it stops it.</summary>
    public sealed class Listening : IAsyncDisposable
    {
        private readonly System.Text.StringBuilder _errors = new();

        public Listening(Process process, Uri baseAddress)
        {
            (Process, BaseAddress) = (process, baseAddress);
            // Its output is read as it comes, so a full pipe never stops the service.
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) => { lock (_errors) _errors.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }
        public Uri BaseAddress { get; }

        public string Errors
        {
            get { lock (_errors) return _errors.ToString(); }
        }

        /// <summary>The most memory the process has held so far.</summary>
        public long PeakMemoryBytes => PeakMemory(Process.Id);

        /// <summary>A client that keeps cookies and does not follow redirects.</summary>
        public HttpClient Client() =>
            new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = BaseAddress };

        public async ValueTask DisposeAsync()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            await Process.WaitForExitAsync();
            Process.Dispose();
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

    /// <summary>VmHWM of a running process: the most resident memory it has held; 0 once it has gone.</summary>
    private static long PeakMemory(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
