using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Publishing;
using ActionPlans.Documents.Tests.Fixtures;
using ActionPlans.Documents.Tests.Publishing;

namespace ActionPlans.Documents.Tests.Pdf;

/// <summary>
/// The PDFs LibreOffice makes of Word documents (the service's Word export of a plan, and a report laid out in Word),
/// converted once for all the tests that read them: each conversion takes seconds.
/// </summary>
public sealed class ConvertedPdfs : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pdf-reading-");

    public ConvertedPdfs()
    {
        var plans = Layouts.Plans(Copy.Own).Select((path, layout) => Path.Combine(_folder.FullName, $"plan-{layout}.docx")).ToList();
        foreach (var (path, docx) in Layouts.Plans(Copy.Own).Zip(plans))
            File.WriteAllBytes(docx, WordPlanWriter.Write(PublishedPlan.From(PlanReader.Read(Layouts.Read(path)))));
        var report = Path.Combine(_folder.FullName, "report.docx");
        File.WriteAllBytes(report, ReportDocx.Write(Layouts.Read(Layouts.Report(Copy.Own))));
        var (exit, output) = Tools.Run("libreoffice",
            $"-env:UserInstallation=file://{_folder.FullName}/profile --headless --convert-to pdf --outdir {_folder.FullName} {string.Join(" ", plans)} {report}", TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, $"libreoffice exited {exit}: {output}");
        Plans = [.. plans.Select(p => File.ReadAllBytes(Path.ChangeExtension(p, ".pdf")))];
        Report = File.ReadAllBytes(Path.ChangeExtension(report, ".pdf"));
    }

    /// <summary>The Word export of each plan layout (our own copies, in the order of <see cref="Layouts.Plans"/>), converted by LibreOffice.</summary>
    public IReadOnlyList<byte[]> Plans { get; }

    /// <summary>The report of <see cref="Layouts.Report"/> (our own copy) in Word, converted by LibreOffice.</summary>
    public byte[] Report { get; }

    public void Dispose() => _folder.Delete(recursive: true);
}
