using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ActionPlans.Web.Features.Shared.Components;

/// <summary>Writes the GOV.UK components' HTML: every text encoded, attributes given by a page written as they came.</summary>
internal sealed class Markup
{
    private readonly StringWriter _writer = new(CultureInfo.InvariantCulture);
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public Markup Html(string html)
    {
        _writer.Write(html);
        return this;
    }

    public Markup Text(string? text)
    {
        Encoder.Encode(_writer, text ?? "");
        return this;
    }

    public Markup Content(IHtmlContent content)
    {
        content.WriteTo(_writer, Encoder);
        return this;
    }

    /// <summary>An attribute; nothing when <paramref name="value"/> is null.</summary>
    public Markup Attribute(string name, string? value)
    {
        if (value is null) return this;
        _writer.Write($" {name}=\"");
        Encoder.Encode(_writer, value);
        _writer.Write('"');
        return this;
    }

    /// <summary>The attributes a page wrote on the component that the component does not read itself.</summary>
    public Markup Attributes(IEnumerable<TagHelperAttribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            _writer.Write(' ');
            attribute.WriteTo(_writer, Encoder);
        }
        return this;
    }

    public HtmlString ToHtml() => new(_writer.ToString());

    /// <summary>An attribute's value as plain text (Razor hands them over encoded), for joining into a class list.</summary>
    public static string TextOf(object? value) => value switch
    {
        null => "",
        IHtmlContent content => WebUtility.HtmlDecode(Written(content)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Written(IHtmlContent content)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        content.WriteTo(writer, Encoder);
        return writer.ToString();
    }

    /// <summary>Classes joined with single spaces, empty ones left out.</summary>
    public static string Classes(params string?[] classes) => string.Join(' ', classes.Where(c => !string.IsNullOrWhiteSpace(c)));
}
