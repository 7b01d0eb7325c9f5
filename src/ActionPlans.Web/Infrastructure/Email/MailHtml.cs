using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ActionPlans.Core;

namespace ActionPlans.Web.Infrastructure.Email;

/// <summary>
/// The HTML part of a message, made from its plain text so that both parts always say the same: paragraphs at
/// blank lines, a line underlined with dashes as a heading, addresses as links. GOV.UK's type and colours in
/// inline styles (mail programs drop style sheets); no images and nothing that reports the message was opened.
/// </summary>
public static partial class MailHtml
{
    private const string Text = "font-family: arial, sans-serif; font-size: 19px; line-height: 1.32; color: #0b0c0c;";

    public static string From(string subject, string text)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(subject)).Append("</title></head>")
            .Append("<body style=\"margin: 0; padding: 0; ").Append(Text).Append("\">")
            .Append("<div style=\"background: #0b0c0c; color: #ffffff; padding: 12px 15px; font-family: arial, sans-serif; font-size: 24px; font-weight: bold;\">Inspection action plans</div>")
            .Append("<div style=\"border-top: 10px solid #1d70b8; padding: 15px; max-width: 640px;\">");
        foreach (var lines in Blocks(text))
        {
            var block = lines;
            if (block.Count >= 2 && block[1].Length > 0 && block[1].All(c => c == '-'))
            {
                html.Append("<h2 style=\"").Append(Text).Append(" font-size: 24px; font-weight: bold; margin: 30px 0 15px;\">").Append(Linked(block[0])).Append("</h2>");
                block = block[2..];
                if (block.Count == 0) continue;
            }
            html.Append("<p style=\"").Append(Text).Append(" margin: 0 0 20px;\">").Append(string.Join("<br>", block.Select(Linked))).Append("</p>");
        }
        return html.Append("</div></body></html>").ToString();
    }

    private static IEnumerable<List<string>> Blocks(string text)
    {
        var block = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                block.Add(line.TrimEnd());
                continue;
            }
            if (block.Count > 0) yield return block;
            block = [];
        }
        if (block.Count > 0) yield return block;
    }

    private static string Linked(string line)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (Match link in Address().Matches(line))
        {
            html.Append(WebUtility.HtmlEncode(line[at..link.Index]));
            var href = WebUtility.HtmlEncode(link.Value);
            html.Append("<a href=\"").Append(href).Append("\" style=\"color: #1d70b8;\">").Append(href).Append("</a>");
            at = link.Index + link.Length;
        }
        return html.Append(WebUtility.HtmlEncode(line[at..])).ToString();
    }

    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,;:)]", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex Address();
}
