using ActionPlans.Core.TargetDates;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ActionPlans.Web.Infrastructure.Persistence;

/// <summary>Only a target date's words as written are stored: their meaning is re-read by the domain's own rules.</summary>
internal sealed class TargetDateConverter() : ValueConverter<TargetDate, string>(t => t.Text, text => TargetDate.Parse(text));
