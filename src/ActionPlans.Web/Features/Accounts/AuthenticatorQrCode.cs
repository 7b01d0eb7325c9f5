using System.Globalization;
using System.Text;
using QRCoder;

namespace ActionPlans.Web.Features.Accounts;

/// <summary>
/// The otpauth URI an authenticator app reads, drawn as a QR code in SVG by the server: one path of dark
/// modules on a white square with the quiet zone, so that no script or outside service is needed.
/// </summary>
public static class AuthenticatorQrCode
{
    public const string Issuer = "Inspection action plans";

    public static string Uri(string account, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(account)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    public static string Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var size = modules.Count;
        var dark = new StringBuilder();
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
                if (modules[y][x]) dark.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
        return $"""<svg xmlns="http://www.w3.org/2000/svg" class="app-qr-code" viewBox="0 0 {size} {size}" width="{size * 5}" height="{size * 5}" shape-rendering="crispEdges" role="img" aria-label="QR code to scan with your authenticator app"><rect width="{size}" height="{size}" fill="#ffffff"/><path fill="#000000" d="{dark}"/></svg>""";
    }
}
