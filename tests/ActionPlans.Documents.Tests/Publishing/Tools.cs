using System.Diagnostics;

namespace ActionPlans.Documents.Tests.Publishing;

/// <summary>Runs the command-line tools the tests check documents with (LibreOffice, poppler-utils).</summary>
internal static class Tools
{
    public static (int Exit, string Output) Run(string tool, string arguments, TimeSpan timeout)
    {
        Process process;
        try
        {
            process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"The test needs '{tool}' on the PATH ({e.Message}): apt-get install libreoffice-writer-nogui (libreoffice) or poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm).", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{tool} {arguments} took longer than {timeout}.");
            }
            return (process.ExitCode, output.Result + error.Result);
        }
    }
}
