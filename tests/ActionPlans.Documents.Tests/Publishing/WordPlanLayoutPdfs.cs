using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Publishing;

/// <summary>
/// Each of <see cref="WordPlanLayouts.All"/> built from the model as a Word document and converted to PDF by LibreOffice,
/// once for the test class that uses it: the PDFs a PDF reader must read back as the model.
/// </summary>
public sealed class WordPlanLayoutPdfs : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("plan-layouts-");
    private readonly Dictionary<string, string> _pdfs;

    public WordPlanLayoutPdfs()
    {
        var documents = WordPlanLayouts.All.Select(layout =>
        {
            var path = Path.Combine(_folder.FullName, layout.Name + ".docx");
            File.WriteAllBytes(path, WordPlanLayouts.Write(layout, WordPlanLayouts.Model));
            return path;
        }).ToList();
        _pdfs = WordPlanLayouts.All.Zip(Tools.ConvertToPdf(_folder.FullName, documents)).ToDictionary(p => p.First.Name, p => p.Second);
    }

    public string Pdf(WordPlanLayout layout) => _pdfs[layout.Name];

    public void Dispose() => _folder.Delete(recursive: true);
}
