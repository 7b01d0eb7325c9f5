using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ActionPlans.Web.Features.Shared;

/// <summary>Reads a field's first error for the GOV.UK inline error message and the error class of its group.</summary>
public static class FieldErrors
{
    /// <summary>The element id of a field, as the error summary links to it: "Standards[2].Stated" → "Standards_2__Stated".</summary>
    public static string Id(string field) => field.Replace('.', '_').Replace('[', '_').Replace(']', '_');

    public static string? Of(ModelStateDictionary state, string field) =>
        state.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public static string GroupClass(ModelStateDictionary state, string field) =>
        Of(state, field) is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error";

    public static string InputClass(ModelStateDictionary state, string field, string baseClass = "govuk-input") =>
        Of(state, field) is null ? baseClass : $"{baseClass} {baseClass}--error";
}
