using System.Text.Json.Serialization;
using ActionPlans.Core.Plans;
using ActionPlans.Core.TargetDates;

namespace ActionPlans.Documents.Plans;

/// <summary>What a published action plan says, as read from its text, with what could not be read cleanly.</summary>
public sealed record PlanReading
{
    public string Kind => "action-plan";

    /// <summary>Not known from the text; a store gives it one.</summary>
    public int? Id { get; init; }

    /// <summary>The provider as the plan names it ("A Response to the HMI Probation Inspection: …").</summary>
    public string? Provider { get; init; }

    public DateOnly? Submitted { get; init; }
    public DateOnly? ReportPublished { get; init; }
    public IReadOnlyList<RecommendationReading> Recommendations { get; init; } = [];

    /// <summary>The responses counted from the rows.</summary>
    public required ResponseSummary Summary { get; init; }

    /// <summary>The summary table as the document states it, when it has one.</summary>
    public StatedSummary? StatedSummary { get; init; }

    public IReadOnlyList<Warning> Warnings { get; init; } = [];

    /// <summary>What became of every source line, in order: one entry per line.</summary>
    [JsonIgnore]
    public IReadOnlyList<LineDisposition> Lines { get; init; } = [];
}

public sealed record RecommendationReading
{
    public int Number { get; init; }
    public required string Text { get; init; }

    /// <summary>Who the recommendation is for: the group header above it, or the provider.</summary>
    public string? Addressee { get; init; }

    /// <summary>The report says the recommendation is repeated from the previous inspection.</summary>
    public bool Repeated { get; init; }

    /// <summary>Null when the response cell cannot be read (a warning says so).</summary>
    public ResponseKind? Response { get; init; }

    /// <summary>The response's narrative paragraphs (everything that is not an action), one per line.</summary>
    public required string ResponseText { get; init; }

    public IReadOnlyList<ActionReading> Actions { get; init; } = [];

    /// <summary>The 1-based source line of the recommendation's row.</summary>
    public int Line { get; init; }
}

public sealed record ActionReading
{
    /// <summary>The action, its paragraphs and sub-items one per line.</summary>
    public required string Text { get; init; }

    public string? Owner { get; init; }

    [JsonIgnore]
    public TargetDate TargetDate { get; init; } = TargetDate.None;

    /// <summary>The target date as written.</summary>
    public string? Target => TargetDate == TargetDate.None ? null : TargetDate.Text;

    public DateOnly? Due => TargetDate.Due;
    public bool Completed => TargetDate.IsCompleted;

    /// <summary>The item's own label ("a)", "1.1"), for plans that refer to their items by it.</summary>
    public string? Label { get; init; }

    public int Line { get; init; }
}

/// <summary>The summary table as written; a count the table leaves out is null.</summary>
public sealed record StatedSummary(int? Agreed, int? PartlyAgreed, int? NotAgreed, int? Total)
{
    public int Line { get; init; }
}

/// <summary>What became of one source line: kept as part of the plan, or dropped, and why.</summary>
public sealed record LineDisposition(int Line, bool Kept, string Reason);
