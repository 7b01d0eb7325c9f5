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

    /// <summary>
    /// Converts Word documents to PDF with LibreOffice (soffice --headless --convert-to pdf), all in one run, beside
    /// them in <paramref name="folder"/>; a profile of its own there keeps runs in parallel apart.
    /// </summary>
    /// <returns>The PDFs' paths, in the documents' order.</returns>
    public static IReadOnlyList<string> ConvertToPdf(string folder, IReadOnlyList<string> documents)
    {
        var (exit, output) = Run("soffice", $"-env:UserInstallation=file://{folder}/profile --headless --convert-to pdf --outdir {folder} {string.Join(' ', documents)}",
            TimeSpan.FromMinutes(2 + documents.Count));
        if (exit != 0) throw new InvalidOperationException($"soffice exited {exit}: {output}");
        var pdfs = documents.Select(d => Path.Combine(folder, Path.GetFileNameWithoutExtension(d) + ".pdf")).ToList();
        if (pdfs.FirstOrDefault(p => !File.Exists(p)) is { } missing) throw new InvalidOperationException($"soffice wrote no {missing}: {output}");
        return pdfs;
    }
}
