using System.Diagnostics;

namespace ActionPlans.Web.Tests.Infrastructure;

/// <summary>Runs the built service executable as a newcomer would, with settings in its environment.</summary>
public static class ServiceProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    /// <summary>Starts the executable and leaves it running; the caller reads its output and ends it.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
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
        return Process.Start(start)!;
    }

    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string> environment, string? input, params string[] args)
    {
        using var process = Start(environment, args);
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
}
