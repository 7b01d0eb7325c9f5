using System.Text.RegularExpressions;
using ActionPlans.Core.TargetDates;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Core.Tests.TargetDates;

public class TargetDateTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("December 2020", 2020, 12, 31)]
    [InlineData("December 2020.", 2020, 12, 31)]
    [InlineData("June 2019", 2019, 6, 30)]
    [InlineData("February 2020", 2020, 2, 29)]
    [InlineData("Sept 2019", 2019, 9, 30)]
    [InlineData("31/03/2019", 2019, 3, 31)]
    [InlineData("1.4.19", 2019, 4, 1)]
    [InlineData("31 March 2019", 2019, 3, 31)]
    [InlineData("1st April 2019", 2019, 4, 1)]
    [InlineData("March-19", 2019, 3, 31)]
    [InlineData("Mar-2019", 2019, 3, 31)]
    [InlineData("by end of March 2019", 2019, 3, 31)]
    [InlineData("By the end of June 2019", 2019, 6, 30)]
    [InlineData("End 2020 (in-line with HMPPS Equality Strategy)", 2020, 12, 31)]
    [InlineData("end of 2020", 2020, 12, 31)]
    [InlineData("Spring 2019", 2019, 5, 31)]
    [InlineData("Summer 2019", 2019, 8, 31)]
    [InlineData("Autumn 2019", 2019, 11, 30)]
    [InlineData("Winter 2019", 2020, 2, 29)]
    [InlineData("Q1 2019", 2019, 3, 31)]
    [InlineData("Q2 2019", 2019, 6, 30)]
    [InlineData("Q4 2019", 2019, 12, 31)]
    [InlineData("Q1 2019/20", 2019, 6, 30)]
    [InlineData("Q4 2019/20", 2020, 3, 31)]
    [InlineData("December  2019 ", 2019, 12, 31)]
    public void A_written_date_is_due_on_the_last_day_it_names(string text, int y, int m, int d)
    {
        var target = TargetDate.Parse(text);

        Assert.Equal(TargetKind.Date, target.Kind);
        Assert.Equal(D(y, m, d), target.Due);
        Assert.True(target.IsTimeBound);
        Assert.False(target.IsCompleted);
        Assert.False(target.IsOngoing);
        Assert.Null(target.Recurrence);
        Assert.Equal(text.Trim(), target.Text);
    }

    [Fact]
    public void A_bracketed_remark_is_kept_as_a_note()
    {
        var target = TargetDate.Parse("End 2020 (in-line with HMPPS Equality Strategy)");

        Assert.Equal("in-line with HMPPS Equality Strategy", target.Note);
        Assert.Equal("End 2020 (in-line with HMPPS Equality Strategy)", target.ToString());
    }

    [Fact]
    public void Completed_alone_is_done_and_time_bound_without_a_due_date()
    {
        var target = TargetDate.Parse("Completed");

        Assert.Equal(TargetKind.Completed, target.Kind);
        Assert.True(target.IsCompleted);
        Assert.True(target.IsTimeBound);
        Assert.Null(target.Due);
        Assert.Null(target.CompletedBy);
    }

    [Theory]
    [InlineData("Completed April 2019", 2019, 4, 30)]
    [InlineData("Completed February 2019", 2019, 2, 28)]
    [InlineData("completed - 31/03/2019", 2019, 3, 31)]
    public void Completed_with_a_month_records_when_it_was_done(string text, int y, int m, int d)
    {
        var target = TargetDate.Parse(text);

        Assert.True(target.IsCompleted);
        Assert.Equal(D(y, m, d), target.CompletedBy);
        Assert.Null(target.Due);
    }

    [Theory]
    [InlineData("Complete by June 2019")]
    [InlineData("To be completed by end of June 2019")]
    public void Complete_by_a_date_is_a_target_not_a_completion(string text)
    {
        var target = TargetDate.Parse(text);

        Assert.False(target.IsCompleted);
        Assert.Equal(TargetKind.Date, target.Kind);
        Assert.Equal(D(2019, 6, 30), target.Due);
    }

    [Theory]
    [InlineData("Ongoing")]
    [InlineData("On-going")]
    [InlineData("ongoing.")]
    public void Ongoing_alone_is_not_time_bound(string text)
    {
        var target = TargetDate.Parse(text);

        Assert.Equal(TargetKind.Ongoing, target.Kind);
        Assert.True(target.IsOngoing);
        Assert.False(target.IsTimeBound);
        Assert.Null(target.Due);
    }

    [Theory]
    [InlineData("June 2019 and ongoing")]
    [InlineData("Ongoing from June 2019")]
    public void A_date_and_ongoing_is_due_then_and_continues(string text)
    {
        var target = TargetDate.Parse(text);

        Assert.Equal(TargetKind.Date, target.Kind);
        Assert.Equal(D(2019, 6, 30), target.Due);
        Assert.True(target.IsTimeBound);
        Assert.True(target.IsOngoing);
    }

    [Theory]
    [InlineData("Bi-monthly from March 2019", 2019, 3, 31, Recurrence.BiMonthly)]
    [InlineData("Monthly from 1 April 2019", 2019, 4, 1, Recurrence.Monthly)]
    [InlineData("November 2018 and Quarterly", 2018, 11, 30, Recurrence.Quarterly)]
    [InlineData("Bi-annual throughout 2019", 2019, 6, 30, Recurrence.BiAnnual)]
    [InlineData("Bi-annually throughout 2019", 2019, 6, 30, Recurrence.BiAnnual)]
    [InlineData("Quarterly throughout 2020", 2020, 3, 31, Recurrence.Quarterly)]
    [InlineData("Annually from December 2019", 2019, 12, 31, Recurrence.Annual)]
    public void A_recurring_target_is_first_due_at_its_first_occurrence(string text, int y, int m, int d, Recurrence every)
    {
        var target = TargetDate.Parse(text);

        Assert.Equal(TargetKind.Recurring, target.Kind);
        Assert.Equal(D(y, m, d), target.Due);
        Assert.Equal(every, target.Recurrence);
        Assert.True(target.IsTimeBound);
    }

    [Fact]
    public void A_recurrence_without_a_start_is_not_time_bound()
    {
        var target = TargetDate.Parse("Quarterly");

        Assert.Equal(Recurrence.Quarterly, target.Recurrence);
        Assert.False(target.IsTimeBound);
    }

    [Theory]
    [InlineData("Commence from next Local Delivery Unit meeting")]
    [InlineData("When the new contract starts")]
    [InlineData("Subject to funding")]
    [InlineData("13/13/2019")]
    [InlineData("March 19")]
    public void A_condition_is_not_time_bound(string text)
    {
        var target = TargetDate.Parse(text);

        Assert.Equal(TargetKind.Condition, target.Kind);
        Assert.False(target.IsTimeBound);
        Assert.Null(target.Due);
        Assert.Equal(text, target.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_written_is_none(string? text)
    {
        Assert.Same(TargetDate.None, TargetDate.Parse(text));
        Assert.False(TargetDate.None.IsTimeBound);
    }

    [Fact]
    public void Equal_texts_read_to_equal_values()
    {
        Assert.Equal(TargetDate.Parse("June 2019"), TargetDate.Parse("June 2019"));
        Assert.NotEqual(TargetDate.Parse("June 2019"), TargetDate.Parse("July 2019"));
    }

    [Fact]
    public void A_recurring_target_is_due_at_each_occurrence_within_its_span()
    {
        Assert.Equal(
            [D(2019, 6, 30), D(2019, 12, 31)],
            TargetDate.Parse("Bi-annual throughout 2019").DueOccurrences(D(2021, 1, 1)));
        Assert.Equal(
            [D(2019, 3, 31), D(2019, 5, 31), D(2019, 7, 31)],
            TargetDate.Parse("Bi-monthly from March 2019").DueOccurrences(D(2019, 8, 30)));
        Assert.Equal(
            [D(2018, 11, 30), D(2019, 2, 28), D(2019, 5, 31)],
            TargetDate.Parse("November 2018 and Quarterly").DueOccurrences(D(2019, 5, 31)));
    }

    [Fact]
    public void An_open_ended_recurrence_stops_at_the_calendar_end()
    {
        var occurrences = TargetDate.Parse("Quarterly from March 2019").DueOccurrences(DateOnly.MaxValue).ToList();

        Assert.Equal(D(2019, 3, 31), occurrences[0]);
        Assert.Equal(D(9999, 12, 31), occurrences[^1]);
        Assert.Equal((9999 - 2019) * 4 + 4, occurrences.Count);
    }

    [Fact]
    public void A_single_date_is_due_once_and_a_completed_or_undated_target_never()
    {
        Assert.Equal([D(2019, 6, 30)], TargetDate.Parse("June 2019").DueOccurrences(D(2030, 1, 1)));
        Assert.Empty(TargetDate.Parse("June 2019").DueOccurrences(D(2019, 6, 29)));
        Assert.Empty(TargetDate.Parse("Completed April 2019").DueOccurrences(D(2030, 1, 1)));
        Assert.Empty(TargetDate.Parse("Ongoing").DueOccurrences(D(2030, 1, 1)));
    }

    // Every form our own copies of the three plan layouts use, and what each must mean.
    private static readonly Dictionary<string, (TargetKind Kind, DateOnly? Due, DateOnly? CompletedBy, Recurrence? Every, bool Ongoing)> OwnForms = new()
    {
        ["April 2026"] = (TargetKind.Date, D(2026, 4, 30), null, null, false),
        ["May 2026"] = (TargetKind.Date, D(2026, 5, 31), null, null, false),
        ["June 2024"] = (TargetKind.Date, D(2024, 6, 30), null, null, false),
        ["June 2026"] = (TargetKind.Date, D(2026, 6, 30), null, null, false),
        ["July 2026"] = (TargetKind.Date, D(2026, 7, 31), null, null, false),
        ["August 2025"] = (TargetKind.Date, D(2025, 8, 31), null, null, false),
        ["August 2026"] = (TargetKind.Date, D(2026, 8, 31), null, null, false),
        ["September 2024"] = (TargetKind.Date, D(2024, 9, 30), null, null, false),
        ["September 2026"] = (TargetKind.Date, D(2026, 9, 30), null, null, false),
        ["October 2024"] = (TargetKind.Date, D(2024, 10, 31), null, null, false),
        ["November 2024"] = (TargetKind.Date, D(2024, 11, 30), null, null, false),
        ["November 2025"] = (TargetKind.Date, D(2025, 11, 30), null, null, false),
        ["December 2024"] = (TargetKind.Date, D(2024, 12, 31), null, null, false),
        ["December 2026"] = (TargetKind.Date, D(2026, 12, 31), null, null, false),
        ["March 2026"] = (TargetKind.Date, D(2026, 3, 31), null, null, false),
        ["March 2026."] = (TargetKind.Date, D(2026, 3, 31), null, null, false),
        ["March 2027"] = (TargetKind.Date, D(2027, 3, 31), null, null, false),
        ["July 2025."] = (TargetKind.Date, D(2025, 7, 31), null, null, false),
        ["End 2026 (in-line with HMPPS Equality Plan)"] = (TargetKind.Date, D(2026, 12, 31), null, null, false),
        ["June 2026 and ongoing"] = (TargetKind.Date, D(2026, 6, 30), null, null, true),
        ["Completed"] = (TargetKind.Completed, null, null, null, false),
        ["Completed February 2024"] = (TargetKind.Completed, null, D(2024, 2, 29), null, false),
        ["Completed April 2024"] = (TargetKind.Completed, null, D(2024, 4, 30), null, false),
        ["Completed May 2024"] = (TargetKind.Completed, null, D(2024, 5, 31), null, false),
        ["Bi-monthly from April 2026"] = (TargetKind.Recurring, D(2026, 4, 30), null, Recurrence.BiMonthly, false),
        ["Bi-annual throughout 2026"] = (TargetKind.Recurring, D(2026, 6, 30), null, Recurrence.BiAnnual, false),
        ["Bi-annually throughout 2026"] = (TargetKind.Recurring, D(2026, 6, 30), null, Recurrence.BiAnnual, false),
    };

    // Every form the three published plans use, and what each must mean.
    private static readonly Dictionary<string, (TargetKind Kind, DateOnly? Due, DateOnly? CompletedBy, Recurrence? Every, bool Ongoing)> SeedForms = new()
    {
        ["April 2019"] = (TargetKind.Date, D(2019, 4, 30), null, null, false),
        ["May 2019"] = (TargetKind.Date, D(2019, 5, 31), null, null, false),
        ["June 2019"] = (TargetKind.Date, D(2019, 6, 30), null, null, false),
        ["July 2019"] = (TargetKind.Date, D(2019, 7, 31), null, null, false),
        ["August 2019"] = (TargetKind.Date, D(2019, 8, 31), null, null, false),
        ["September 2019"] = (TargetKind.Date, D(2019, 9, 30), null, null, false),
        ["October 2019"] = (TargetKind.Date, D(2019, 10, 31), null, null, false),
        ["November 2019"] = (TargetKind.Date, D(2019, 11, 30), null, null, false),
        ["December 2019"] = (TargetKind.Date, D(2019, 12, 31), null, null, false),
        ["March 2020"] = (TargetKind.Date, D(2020, 3, 31), null, null, false),
        ["June 2020."] = (TargetKind.Date, D(2020, 6, 30), null, null, false),
        ["July 2020"] = (TargetKind.Date, D(2020, 7, 31), null, null, false),
        ["December 2020"] = (TargetKind.Date, D(2020, 12, 31), null, null, false),
        ["December 2020."] = (TargetKind.Date, D(2020, 12, 31), null, null, false),
        ["End 2020 (in-line with HMPPS Equality Strategy)"] = (TargetKind.Date, D(2020, 12, 31), null, null, false),
        ["June 2019 and ongoing"] = (TargetKind.Date, D(2019, 6, 30), null, null, true),
        ["Completed"] = (TargetKind.Completed, null, null, null, false),
        ["Completed February 2019"] = (TargetKind.Completed, null, D(2019, 2, 28), null, false),
        ["Completed April 2019"] = (TargetKind.Completed, null, D(2019, 4, 30), null, false),
        ["Completed May 2019"] = (TargetKind.Completed, null, D(2019, 5, 31), null, false),
        ["Bi-monthly from March 2019"] = (TargetKind.Recurring, D(2019, 3, 31), null, Recurrence.BiMonthly, false),
        ["Bi-annual throughout 2019"] = (TargetKind.Recurring, D(2019, 6, 30), null, Recurrence.BiAnnual, false),
        ["Bi-annually throughout 2019"] = (TargetKind.Recurring, D(2019, 6, 30), null, Recurrence.BiAnnual, false),
    };

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Every_target_date_in_the_plan_layouts_is_read_as_intended(Copy copy)
    {
        var written = Layouts.Plans(copy).SelectMany(path => TargetCells(Layouts.Read(path))).Distinct().ToList();
        var forms = copy == Copy.Own ? OwnForms : SeedForms;

        Assert.Equal(forms.Keys.Order(), written.Order());
        foreach (var text in written)
        {
            var target = TargetDate.Parse(text);
            var expected = forms[text];
            Assert.Equal(expected, (target.Kind, target.Due, target.CompletedBy, target.Recurrence, target.IsOngoing));
            Assert.True(target.IsTimeBound, text);
        }
    }

    /// <summary>The target dates of a plan: the sixth column of its table rows, one date per paragraph or line.</summary>
    private static IEnumerable<string> TargetCells(string plan) =>
        plan.Split('\n')
            .Select(line => line.TrimEnd('\r').Split('\t'))
            .Where(cells => cells.Length == 6 && !cells[5].Contains("Target Date", StringComparison.Ordinal) && !cells[5].StartsWith("--", StringComparison.Ordinal))
            .SelectMany(cells => Regex.Split(cells[5], @"</?p>|<br\s*/?>"))
            .Select(part => part.Trim())
            .Where(part => part.Length > 0);
}
