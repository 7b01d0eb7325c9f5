using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ActionPlans.Web.Features.Shared.Components;

/// <summary>
/// The GOV.UK text input: <c>&lt;govuk-input asp-for="Email" label="Email address" type="email" autocomplete="email" /&gt;</c>.
/// Its classes (such as a width) and other attributes go on the input.
/// </summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextInput : LabelledField
{
    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        WriteControl(output, "input", "govuk-input", (markup, others) =>
        {
            var type = others.FirstOrDefault(a => a.Name == "type") is { } t ? Markup.TextOf(t.Value) : null;
            // A password is never sent back to the browser.
            markup.Attribute("type", type is null ? "text" : null).Attribute("value", type == "password" ? null : TextOf(Current));
        });
}

/// <summary>The GOV.UK textarea: <c>&lt;govuk-textarea asp-for="Narrative" label="What has been done" rows="3" /&gt;</c> (5 rows unless given).</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class Textarea : LabelledField
{
    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        WriteControl(output, "textarea", "govuk-textarea",
            (markup, others) => markup.Attribute("rows", others.Any(a => a.Name == "rows") ? null : "5"),
            markup => markup.Text(TextOf(Current)));
}

/// <summary>The GOV.UK select, its options written inside it: <c>&lt;govuk-select asp-for="AssignTo" label="Account"&gt;&lt;option …&gt;&lt;/govuk-select&gt;</c>.</summary>
[HtmlTargetElement("govuk-select")]
public sealed class Select : LabelledField
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var options = await output.GetChildContentAsync();
        WriteControl(output, "select", "govuk-select", content: markup => markup.Content(options));
    }
}

/// <summary>The GOV.UK file upload: <c>&lt;govuk-file-upload asp-for="Upload" label="Upload a file" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-file-upload", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FileUpload : LabelledField
{
    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        WriteControl(output, "input", "govuk-file-upload", (markup, _) => markup.Attribute("type", "file"));
}

/// <summary>
/// The GOV.UK date input, day, month and year in a fieldset, bound to <see cref="DateParts"/>:
/// <c>&lt;govuk-date-input asp-for="Fieldwork" legend="When did fieldwork start?" hint="For example, 16 9 2019" /&gt;</c>.
/// What was typed is shown again as typed, even when it is no date.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInput : FieldsetField
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.Clear();
        var parts = Current as DateParts ?? new DateParts();
        var error = Errors.Count > 0 ? "govuk-input--error" : null;
        WriteFieldset(output, "group", (markup, _) =>
        {
            markup.Html("<div class=\"govuk-date-input\"").Attribute("id", Id).Html(">");
            foreach (var (part, value, width) in new[] { ("Day", parts.Day, 2), ("Month", parts.Month, 2), ("Year", parts.Year, 4) })
            {
                var id = $"{Id}_{part}";
                markup.Html("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">")
                    .Html("<label class=\"govuk-label govuk-date-input__label\"").Attribute("for", id).Html(">").Text(part).Html("</label>")
                    .Html("<input").Attribute("class", Markup.Classes("govuk-input govuk-date-input__input", $"govuk-input--width-{width}", error))
                    .Attribute("id", id).Attribute("name", $"{FieldName}.{part}").Html(" type=\"text\" inputmode=\"numeric\"").Attribute("value", value).Html(">")
                    .Html("</div></div>");
            }
            markup.Html("</div>");
        });
    }
}
