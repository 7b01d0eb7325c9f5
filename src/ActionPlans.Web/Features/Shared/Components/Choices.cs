using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ActionPlans.Web.Features.Shared.Components;

/// <summary>What the items of a radios or checkboxes group share: the field's name, id and what it holds.</summary>
internal sealed class ChoiceGroup(string name, string id, object? current, string? describedBy)
{
    private int _items;

    public string Name { get; } = name;

    /// <summary>The hint and error ids an item carries itself, when there is no fieldset to carry them.</summary>
    public string? DescribedBy { get; } = describedBy;

    /// <summary>The next item's id: the first has the field's own id, so the error summary's link lands on it.</summary>
    public string NextId() => ++_items == 1 ? id : $"{id}-{_items}";

    /// <summary>Whether the field holds <paramref name="value"/>: equal to it, or containing it when it holds several.</summary>
    public bool Holds(string value) => current switch
    {
        null => false,
        string one => one == value,
        bool yes => yes && value == "true",
        IEnumerable several => several.Cast<object>().Any(v => Text(v) == value),
        _ => Text(current) == value,
    };

    public static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}

/// <summary>The radios or checkboxes of a field, in a fieldset when there is a legend; the page's classes go on the group of items.</summary>
public abstract class Choices(string module) : FieldsetField
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        // Without a fieldset the items are described by the hint and error themselves.
        context.Items[typeof(ChoiceGroup)] = new ChoiceGroup(FieldName, Id, Current, Legend is null ? DescribedBy() : null);
        var items = await output.GetChildContentAsync();
        var (classes, _) = TakeAttributes(output);
        WriteFieldset(output, null, (markup, _) =>
            markup.Html("<div").Attribute("class", Markup.Classes($"govuk-{module}", classes)).Html($" data-module=\"govuk-{module}\">").Content(items).Html("</div>"));
    }
}

/// <summary>
/// GOV.UK radios, one <c>&lt;govuk-radio value="…"&gt;label&lt;/govuk-radio&gt;</c> per answer:
/// <c>&lt;govuk-radios asp-for="Kind" legend="Kind of inspection"&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-radios")]
public sealed class Radios() : Choices("radios");

[HtmlTargetElement("govuk-radio", ParentTag = "govuk-radios")]
public sealed class Radio : TagHelper
{
    [HtmlAttributeName("value")] public object? Value { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var group = (ChoiceGroup)context.Items[typeof(ChoiceGroup)];
        var value = ChoiceGroup.Text(Value);
        var id = group.NextId();
        var label = await output.GetChildContentAsync();
        output.TagName = null;
        output.Content.SetHtmlContent(new Markup()
            .Html("<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\"").Attribute("id", id).Attribute("name", group.Name)
            .Html(" type=\"radio\"").Attribute("value", value).Html(group.Holds(value) ? " checked>" : ">")
            .Html("<label class=\"govuk-label govuk-radios__label\"").Attribute("for", id).Html(">").Content(label).Html("</label></div>")
            .ToHtml());
    }
}

/// <summary>
/// GOV.UK checkboxes: <c>&lt;govuk-checkboxes asp-for="Reasons" legend="Why"&gt;</c> with one
/// <c>&lt;govuk-checkbox value="…"&gt;label&lt;/govuk-checkbox&gt;</c> per answer. A checkbox of a yes-or-no property
/// of its own names it with asp-for; the group's asp-for then names the field its errors are shown for.
/// </summary>
[HtmlTargetElement("govuk-checkboxes")]
public sealed class Checkboxes() : Choices("checkboxes");

[HtmlTargetElement("govuk-checkbox", ParentTag = "govuk-checkboxes")]
public sealed class Checkbox : TagHelper
{
    /// <summary>A yes-or-no property of its own, sent as "true" when ticked.</summary>
    [HtmlAttributeName("asp-for")] public ModelExpression? For { get; set; }
    [HtmlAttributeName("value")] public object? Value { get; set; }
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var group = (ChoiceGroup)context.Items[typeof(ChoiceGroup)];
        string id, name, value;
        bool isChecked;
        if (For is not null)
        {
            name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
            id = Field.IdOf(name);
            value = "true";
            isChecked = For.Model is true;
        }
        else
        {
            (id, name) = (group.NextId(), group.Name);
            // The one checkbox of a yes-or-no field is "true" when ticked.
            value = Value is null ? "true" : ChoiceGroup.Text(Value);
            isChecked = group.Holds(value);
        }
        var label = await output.GetChildContentAsync();
        output.TagName = null;
        output.Content.SetHtmlContent(new Markup()
            .Html("<div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\"").Attribute("id", id).Attribute("name", name)
            .Html(" type=\"checkbox\"").Attribute("value", value).Attribute("aria-describedby", group.DescribedBy).Html(isChecked ? " checked>" : ">")
            .Html("<label class=\"govuk-label govuk-checkboxes__label\"").Attribute("for", id).Html(">").Content(label).Html("</label></div>")
            .ToHtml());
    }
}
