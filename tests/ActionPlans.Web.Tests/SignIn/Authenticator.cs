using System.Diagnostics;
using System.Security.Cryptography;
using AngleSharp.Html.Dom;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.SignIn;

/// <summary>What a person's authenticator app does: read the QR code, keep the key, show the code of the moment (RFC 6238).</summary>
public static class Authenticator
{
    /// <summary>The 6-digit code for the key at a moment: HMAC-SHA1 over 30-second steps, dynamically truncated.</summary>
    public static string Code(string base32Key, DateTimeOffset at)
    {
        var counter = BitConverter.GetBytes(at.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
        var offset = hash[^1] & 0x0f;
        var value = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Now(string base32Key) => Code(base32Key, DateTimeOffset.UtcNow);

    /// <summary>Decodes the QR code as a phone would see it: the SVG drawn to pixels by librsvg, read by zbar.</summary>
    public static async Task<string> ScanAsync(string svg)
    {
        var folder = Directory.CreateTempSubdirectory("actionplans-qr-").FullName;
        try
        {
            var svgFile = Path.Combine(folder, "code.svg");
            var pngFile = Path.Combine(folder, "code.png");
            await File.WriteAllTextAsync(svgFile, svg);
            await RunAsync("rsvg-convert", "-o", pngFile, svgFile);
            return await ReadPictureAsync(pngFile);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    /// <summary>The text of the QR code in a picture, read by zbar.</summary>
    public static async Task<string> ReadPictureAsync(string png) => (await RunAsync("zbarimg", "--quiet", "--raw", png)).Trim();

    /// <summary>On the set-up page of a signed-in client: scans the QR code, checks it holds the key shown as text, and turns two-factor sign-in on.</summary>
    public static async Task<(string Key, IHtmlDocument Done)> SetUpAsync(HttpClient client, string email)
    {
        var page = await client.PageAsync("/account/two-factor");
        var shown = page.QuerySelector("code.app-authenticator-key")!.TextContent.Replace(" ", "").ToUpperInvariant();
        var scanned = await ScanAsync(page.QuerySelector("svg.app-qr-code")!.OuterHtml);
        Assert.StartsWith("otpauth://totp/", scanned);
        var (label, query) = (scanned["otpauth://totp/".Length..].Split('?')[0], System.Web.HttpUtility.ParseQueryString(scanned.Split('?')[1]));
        Assert.Equal($"Inspection action plans:{email}", Uri.UnescapeDataString(label));
        Assert.Equal(shown, query["secret"]);
        Assert.Equal("Inspection action plans", query["issuer"]);

        var done = await client.SubmitAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = Now(shown) });
        Assert.Equal(System.Net.HttpStatusCode.OK, done.StatusCode);
        return (shown, Browserless.Parse(await done.Content.ReadAsStringAsync()));
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.TrimEnd('=').Select(c => Convert.ToString(alphabet.IndexOf(char.ToUpperInvariant(c)), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }

    private static async Task<string> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} failed: {await error}");
        return await output;
    }
}
