using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ActionPlans.Web.Features.Shared.Components;

/// <summary>
/// A GOV.UK form field: its form group, label or legend, hint and error message. The field is the model's property
/// named by <c>asp-for</c>, which gives the name, id and value; its errors are the model state's under that name.
/// A field that is no property of the page (a filter in the address, one of several answer boxes) gives its
/// <c>name</c> and <c>value</c> instead, and <c>error-key</c> when its errors are kept under another key. A value given
/// with asp-for is shown instead of the model's (an empty one for a code that is not to be shown again).
/// </summary>
public abstract class Field : TagHelper
{
    [HtmlAttributeName("asp-for")] public ModelExpression? For { get; set; }
    [HtmlAttributeName("name")] public string? Name { get; set; }
    [HtmlAttributeName("value")] public object? Value { get; set; }
    [HtmlAttributeName("error-key")] public string? ErrorKey { get; set; }
    [HtmlAttributeName("hint")] public string? Hint { get; set; }
    /// <summary>Classes added to the form group, such as a grid column.</summary>
    [HtmlAttributeName("group-class")] public string? GroupClass { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The element id of a field, as the error summary links to it: "Standards[2].Stated" → "Standards_2__Stated".</summary>
    public static string IdOf(string key) => key.Replace('.', '_').Replace('[', '_').Replace(']', '_');

    protected string FieldName => Name ?? ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(
        For?.Name ?? throw new InvalidOperationException($"{GetType().Name} needs asp-for or name"));

    protected string Key => ErrorKey ?? FieldName;

    protected string Id => IdOf(Key);

    /// <summary>What the field shows: the model's value (what was typed, when the page comes back with errors), unless the page gives another.</summary>
    protected object? Current => Value ?? For?.Model;

    protected IReadOnlyList<string> Errors =>
        ViewContext.ModelState.TryGetValue(Key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];

    protected static string? TextOf(object? value) => value is null ? null : Markup.TextOf(value);

    /// <summary>
    /// Writes the form group around <paramref name="control"/>, which is given the ids its describers have
    /// (hint, then error) for its aria-describedby.
    /// </summary>
    private protected void WriteGroup(TagHelperOutput output, Action<Markup> label, Action<Markup, string?> control)
    {
        var errors = Errors;
        var markup = new Markup().Html("<div").Attribute("class", Markup.Classes("govuk-form-group", errors.Count > 0 ? "govuk-form-group--error" : null, GroupClass)).Html(">");
        label(markup);
        var describedBy = WriteDescribers(markup, errors);
        control(markup, describedBy);
        markup.Html("</div>");
        output.TagName = null;
        output.Content.SetHtmlContent(markup.ToHtml());
    }

    /// <summary>The ids of the hint and the error message, which describe the field; null when it has neither.</summary>
    protected string? DescribedBy()
    {
        var ids = Markup.Classes(Hint is null ? null : $"{Id}-hint", Errors.Count > 0 ? $"{Id}-error" : null);
        return ids.Length == 0 ? null : ids;
    }

    /// <summary>Writes the hint and the error message, and answers the ids that describe the field.</summary>
    private protected string? WriteDescribers(Markup markup, IReadOnlyList<string> errors)
    {
        if (Hint is not null) markup.Html("<div").Attribute("id", $"{Id}-hint").Html(" class=\"govuk-hint\">").Text(Hint).Html("</div>");
        if (errors.Count > 0) WriteErrorMessage(markup, $"{Id}-error", errors);
        return DescribedBy();
    }

    /// <summary>The GOV.UK error message; a field refused for several reasons gives each on its own line.</summary>
    internal static void WriteErrorMessage(Markup markup, string id, IEnumerable<string> errors)
    {
        markup.Html("<p").Attribute("id", id).Html(" class=\"govuk-error-message\">");
        var first = true;
        foreach (var error in errors)
        {
            if (!first) markup.Html("<br>");
            markup.Html("<span class=\"govuk-visually-hidden\">Error:</span> ").Text(error);
            first = false;
        }
        markup.Html("</p>");
    }

    /// <summary>The attributes the page wrote for the control itself, and its own classes; taken off the component's element.</summary>
    protected static (string? Classes, List<TagHelperAttribute> Others) TakeAttributes(TagHelperOutput output)
    {
        var classes = output.Attributes.TryGetAttribute("class", out var c) ? Markup.TextOf(c.Value) : null;
        var others = output.Attributes.Where(a => a.Name != "class").ToList();
        output.Attributes.Clear();
        return (classes, others);
    }
}

/// <summary>A field with a label above it (text input, textarea, select, file upload).</summary>
public abstract class LabelledField : Field
{
    [HtmlAttributeName("label")] public string Label { get; set; } = "";
    /// <summary>Classes added to the label, such as govuk-label--s.</summary>
    [HtmlAttributeName("label-class")] public string? LabelClass { get; set; }

    private protected void WriteLabel(Markup markup) =>
        markup.Html("<label").Attribute("class", Markup.Classes("govuk-label", LabelClass)).Attribute("for", Id).Html(">").Text(Label).Html("</label>");

    /// <summary>
    /// Writes the form group with the control: <paramref name="element"/> of class <paramref name="baseClass"/>
    /// (and its error modifier), the page's classes and attributes, <paramref name="own"/> attributes and, for an
    /// element with an end tag, <paramref name="content"/>.
    /// </summary>
    private protected void WriteControl(TagHelperOutput output, string element, string baseClass, Action<Markup, List<TagHelperAttribute>>? own = null, Action<Markup>? content = null)
    {
        var (classes, others) = TakeAttributes(output);
        var error = Errors.Count > 0 ? $"{baseClass}--error" : null;
        WriteGroup(output, WriteLabel, (markup, describedBy) =>
        {
            markup.Html($"<{element}").Attribute("class", Markup.Classes(baseClass, classes, error)).Attribute("id", Id).Attribute("name", FieldName);
            own?.Invoke(markup, others);
            markup.Attribute("aria-describedby", describedBy).Attributes(others).Html(">");
            if (content is null) return;
            content(markup);
            markup.Html($"</{element}>");
        });
    }
}

/// <summary>A field of several inputs in a fieldset with a legend (radios, checkboxes, date input).</summary>
public abstract class FieldsetField : Field
{
    /// <summary>The question the fieldset asks; without one there is no fieldset.</summary>
    [HtmlAttributeName("legend")] public string? Legend { get; set; }
    /// <summary>Classes added to the legend, such as govuk-fieldset__legend--s.</summary>
    [HtmlAttributeName("legend-class")] public string? LegendClass { get; set; }

    /// <summary>Writes the form group, the fieldset when there is a legend, the hint and error, then <paramref name="inputs"/>.</summary>
    private protected void WriteFieldset(TagHelperOutput output, string? role, Action<Markup, string?> inputs)
    {
        var errors = Errors;
        var markup = new Markup().Html("<div").Attribute("class", Markup.Classes("govuk-form-group", errors.Count > 0 ? "govuk-form-group--error" : null, GroupClass)).Html(">");
        var inner = new Markup();
        var describedBy = WriteDescribers(inner, errors);
        if (Legend is not null)
        {
            markup.Html("<fieldset class=\"govuk-fieldset\"").Attribute("role", role).Attribute("aria-describedby", describedBy).Html(">")
                .Html("<legend").Attribute("class", Markup.Classes("govuk-fieldset__legend", LegendClass)).Html(">").Text(Legend).Html("</legend>")
                .Content(inner.ToHtml());
            inputs(markup, null);
            markup.Html("</fieldset>");
        }
        else
        {
            markup.Content(inner.ToHtml());
            inputs(markup, describedBy);
        }
        markup.Html("</div>");
        output.TagName = null;
        output.Content.SetHtmlContent(markup.ToHtml());
    }
}
