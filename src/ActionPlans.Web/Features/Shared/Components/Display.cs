using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ActionPlans.Web.Features.Shared.Components;

/// <summary>
/// The GOV.UK error summary of every error in the page's model state, each linking to its field (the page's main
/// content for an error of no field); nothing when there is none. A summary of other problems lists them inside it
/// (<c>&lt;li&gt;&lt;a href="#…"&gt;…&lt;/a&gt;&lt;/li&gt;</c>) under its own <c>title</c>.
/// </summary>
[HtmlTargetElement("govuk-error-summary")]
public sealed class ErrorSummary : TagHelper
{
    [HtmlAttributeName("title")] public string Title { get; set; } = "There is a problem";
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var given = await output.GetChildContentAsync();
        var items = new Markup();
        if (!given.IsEmptyOrWhiteSpace) items.Content(given);
        else
        {
            var errors = ViewContext.ModelState.Where(e => e.Value is { Errors.Count: > 0 })
                .SelectMany(e => e.Value!.Errors.Select(x => (Field: e.Key, x.ErrorMessage))).ToList();
            if (errors.Count == 0)
            {
                output.SuppressOutput();
                return;
            }
            foreach (var (field, message) in errors)
                items.Html("<li><a").Attribute("href", "#" + (field.Length == 0 ? "main-content" : Field.IdOf(field))).Html(">").Text(message).Html("</a></li>");
        }
        var (classes, others) = (output.Attributes.TryGetAttribute("class", out var c) ? Markup.TextOf(c.Value) : null, output.Attributes.Where(a => a.Name != "class").ToList());
        output.Attributes.Clear();
        output.TagName = null;
        output.Content.SetHtmlContent(new Markup()
            .Html("<div").Attribute("class", Markup.Classes("govuk-error-summary", classes)).Attributes(others).Html(" data-module=\"govuk-error-summary\">")
            .Html("<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">").Text(Title).Html("</h2>")
            .Html("<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">").Content(items.ToHtml())
            .Html("</ul></div></div></div>")
            .ToHtml());
    }
}

/// <summary>
/// A row of a GOV.UK summary list: <c>&lt;govuk-summary-row key="Fieldwork started"&gt;value&lt;/govuk-summary-row&gt;</c>.
/// Its classes and other attributes go on the value.
/// </summary>
[HtmlTargetElement("govuk-summary-row")]
public sealed class SummaryRow : TagHelper
{
    [HtmlAttributeName("key")] public string Key { get; set; } = "";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var value = await output.GetChildContentAsync();
        var classes = output.Attributes.TryGetAttribute("class", out var c) ? Markup.TextOf(c.Value) : null;
        var others = output.Attributes.Where(a => a.Name != "class").ToList();
        output.Attributes.Clear();
        output.TagName = null;
        output.Content.SetHtmlContent(new Markup()
            .Html("<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">").Text(Key).Html("</dt>")
            .Html("<dd").Attribute("class", Markup.Classes("govuk-summary-list__value", classes)).Attributes(others).Html(">").Content(value).Html("</dd></div>")
            .ToHtml());
    }
}

/// <summary>
/// The GOV.UK tag: <c>&lt;govuk-tag colour="green"&gt;Sent&lt;/govuk-tag&gt;</c>; a colour worked out elsewhere comes
/// as its class (govuk-tag--green), with any others.
/// </summary>
[HtmlTargetElement("govuk-tag")]
public sealed class Tag : TagHelper
{
    [HtmlAttributeName("colour")] public string? Colour { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = output.Attributes.TryGetAttribute("class", out var c) ? Markup.TextOf(c.Value) : null;
        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Markup.Classes("govuk-tag", Colour is null ? null : $"govuk-tag--{Colour}", classes));
    }
}

/// <summary>
/// GOV.UK pagination: links to the previous and next pages and to the pages around this one, the first and the
/// last; <c>href</c> gives a page's address. A list read by key rather than by number has no page numbers: it gives
/// <c>previous-href</c> and <c>next-href</c> instead (either null at its end), and only those two links are shown.
/// </summary>
[HtmlTargetElement("govuk-pagination", TagStructure = TagStructure.WithoutEndTag)]
public sealed class Pagination : TagHelper
{
    [HtmlAttributeName("current")] public int Current { get; set; }
    [HtmlAttributeName("pages")] public int Pages { get; set; }
    [HtmlAttributeName("href")] public Func<int, string>? Href { get; set; }
    [HtmlAttributeName("previous-href")] public string? PreviousHref { get; set; }
    [HtmlAttributeName("next-href")] public string? NextHref { get; set; }
    /// <summary>Names the navigation landmark.</summary>
    [HtmlAttributeName("label")] public string Label { get; set; } = "Pagination";
    [HtmlAttributeName("previous-text")] public string PreviousText { get; set; } = "Previous";
    [HtmlAttributeName("next-text")] public string NextText { get; set; } = "Next";

    private const string PreviousArrow = "<svg class=\"govuk-pagination__icon govuk-pagination__icon--prev\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z\"></path></svg>";
    private const string NextArrow = "<svg class=\"govuk-pagination__icon govuk-pagination__icon--next\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path></svg>";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var numbered = Href is not null;
        // Razor writes a string attribute bound to null as empty.
        var previous = numbered ? Current > 1 ? Href!(Current - 1) : null : NullIfEmpty(PreviousHref);
        var next = numbered ? Current < Pages ? Href!(Current + 1) : null : NullIfEmpty(NextHref);
        if (numbered ? Pages < 2 : previous is null && next is null)
        {
            output.SuppressOutput();
            return;
        }
        var markup = new Markup().Html("<nav class=\"govuk-pagination\"").Attribute("aria-label", Label).Html(">");
        if (previous is not null)
            markup.Html("<div class=\"govuk-pagination__prev\"><a class=\"govuk-link govuk-pagination__link\"").Attribute("href", previous).Html(" rel=\"prev\">")
                .Html(PreviousArrow).Html("<span class=\"govuk-pagination__link-title\">").Text(PreviousText).Html("<span class=\"govuk-visually-hidden\"> page</span></span></a></div>");
        if (numbered) Numbers(markup);
        if (next is not null)
            markup.Html("<div class=\"govuk-pagination__next\"><a class=\"govuk-link govuk-pagination__link\"").Attribute("href", next).Html(" rel=\"next\">")
                .Html("<span class=\"govuk-pagination__link-title\">").Text(NextText).Html("<span class=\"govuk-visually-hidden\"> page</span></span>").Html(NextArrow).Html("</a></div>");
        markup.Html("</nav>");
        output.Content.SetHtmlContent(markup.ToHtml());
    }

    private static string? NullIfEmpty(string? href) => string.IsNullOrEmpty(href) ? null : href;

    private void Numbers(Markup markup)
    {
        markup.Html("<ul class=\"govuk-pagination__list\">");
        var shown = Enumerable.Range(1, Pages).Where(p => p == 1 || p == Pages || Math.Abs(p - Current) <= 1).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] - shown[i - 1] > 1) markup.Html("<li class=\"govuk-pagination__item govuk-pagination__item--ellipsis\">&ctdot;</li>");
            var page = shown[i];
            var current = page == Current;
            markup.Html("<li").Attribute("class", Markup.Classes("govuk-pagination__item", current ? "govuk-pagination__item--current" : null)).Html(">")
                .Html("<a class=\"govuk-link govuk-pagination__link\"").Attribute("href", Href!(page)).Attribute("aria-label", $"Page {page}")
                .Attribute("aria-current", current ? "page" : null).Html(">").Text(page.ToString(System.Globalization.CultureInfo.InvariantCulture)).Html("</a></li>");
        }
        markup.Html("</ul>");
    }
}
