using System.Net.Http.Headers;
using System.Text;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Cases;

/// <summary>Case sample files written for the tests, and the upload of one as the cases page sends it.</summary>
public static class CaseCsv
{
    /// <summary>
    /// Four cases: on 2.1.1 three yes of four (75%), on 2.1.3 (harm factors only) one yes of two, on 4.1.1 one of one;
    /// the prompt 2.1.1a one yes of two.
    /// </summary>
    public const string Good = """
        reference,kind,grade,harm,2.1.1,2.1.1a,2.1.3,4.1.1,ogrs,rosh,flags,band,grade
        C001,community,PO,yes,yes,yes,no,,45,low,iom;drr,Blue,PO
        C002,post-release,PSO,yes,yes,no,yes,,72,medium,,Yellow,PSO
        C003,community,PSO,no,no,,,,,,,,
        C004,post-release,PO,no,yes,,,,12,low,child-protection-plan domestic-abuse,Green,
        U005,unpaid work,,no,,,,yes,,,,,
        """;

    /// <summary>Header problems (an unknown question, a name column) and row problems on lines 2, 3 and 5.</summary>
    public const string Bad = """
        reference,kind,grade,harm,2.1.1,7.7.7,Surname,ogrs
        Ann Example,community,PO,yes,maybe,,,101
        C002,prison,XX,no,yes,,,
        C003,community,PO,no,yes,,,
        C003,unpaid work,PSO,no,yes,,,
        """;

    public static byte[] Bytes(string csv) => Encoding.UTF8.GetBytes(csv);

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int inspection, byte[] file)
    {
        var path = $"/inspections/{inspection}/cases";
        var page = await client.PageAsync(path);
        var token = page.QuerySelector("form[action*='handler=Upload'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(bytes, "Upload", "sample.csv");
        return await client.PostAsync($"{path}?handler=Upload", content);
    }
}
