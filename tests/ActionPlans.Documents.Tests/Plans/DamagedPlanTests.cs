using ActionPlans.Documents;
using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Plans;

/// <summary>Damaged or wrong input gives a reading with warnings or a <see cref="PlanReadException"/> naming a line, never another failure.</summary>
public class DamagedPlanTests
{
    /// <summary>The three plan layouts in the copy asked for; the published ones are read in the test, so it is skipped without them.</summary>
    private static string[] Plans(Copy copy) => [.. Layouts.Plans(copy).Select(Layouts.Read)];

    /// <summary>Reads the text; a refusal must be the reader's own exception, pointing at a line of the text.</summary>
    private static PlanReading? ReadOrRefuse(string text)
    {
        var lineCount = Math.Max(1, text.Split('\n').Length);
        try
        {
            var plan = PlanReader.Read(text);
            Assert.Equal(text.EndsWith('\n') ? lineCount - 1 : lineCount, plan.Lines.Count);
            Assert.All(plan.Warnings, w => Assert.InRange(w.Line, 1, lineCount));
            Assert.NotEmpty(plan.Recommendations);
            return plan;
        }
        catch (PlanReadException e)
        {
            Assert.InRange(e.Line, 1, lineCount);
            Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            return null;
        }
    }

    private static string Mutate(string seed, Random random)
    {
        var lines = seed.Split('\n').ToList();
        switch (random.Next(6))
        {
            case 0:
                return seed[..random.Next(seed.Length)];
            case 1:
                var first = random.Next(lines.Count);
                var second = random.Next(lines.Count);
                (lines[first], lines[second]) = (lines[second], lines[first]);
                break;
            case 2:
                for (var n = random.Next(1, 8); n > 0 && lines.Count > 1; n--) lines.RemoveAt(random.Next(lines.Count));
                break;
            case 3:
                for (var n = random.Next(1, 8); n > 0; n--)
                {
                    var at = random.Next(lines.Count);
                    lines.Insert(at, lines[at]);
                }
                break;
            case 4:
                var garbage = new char[random.Next(1, 200)];
                for (var i = 0; i < garbage.Length; i++) garbage[i] = (char)random.Next(0, 0x3000);
                var line = random.Next(lines.Count);
                lines[line] = lines[line].Insert(random.Next(lines[line].Length + 1), new string(garbage));
                break;
            default:
                lines = [.. lines.OrderBy(_ => random.Next())];
                break;
        }
        return string.Join('\n', lines);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Mutated_plans_are_read_or_refused_with_a_line(Copy copy)
    {
        var plans = Plans(copy);
        var random = new Random(20261123);
        var read = 0;
        for (var i = 0; i < 600; i++)
            if (ReadOrRefuse(Mutate(plans[i % plans.Length], random)) is not null) read++;

        // Most damage is survivable: the reader refuses only when no plan is left to read.
        Assert.InRange(read, 300, 600);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Every_cut_of_a_plan_is_read_or_refused_with_a_line(Copy copy)
    {
        foreach (var plan in Plans(copy))
            for (var at = 0; at < plan.Length; at += 97)
                ReadOrRefuse(plan[..at]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t\n")]
    public void Empty_text_is_refused_at_line_1(string text)
    {
        var e = Assert.Throws<PlanReadException>(() => PlanReader.Read(text));
        Assert.Equal(1, e.Line);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Binary_content_is_refused(Copy copy)
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var text = string.Concat(bytes.Select(b => (char)b));

        Assert.Throws<PlanReadException>(() => PlanReader.Read(text));
        Assert.Throws<PlanReadException>(() => PlanReader.Read(Plans(copy)[0][..200] + text));
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void An_inspection_report_is_refused_as_not_a_plan(Copy copy)
    {
        var report = Layouts.Read(Layouts.Report(copy));

        var e = Assert.Throws<PlanReadException>(() => PlanReader.Read(report));
        Assert.Contains("not an action plan", e.Message);
        Assert.True(e.Line > 1 && report.Split('\n')[e.Line - 1].StartsWith("An inspection of", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void A_plan_cut_before_its_table_is_refused_at_its_last_line(Copy copy)
    {
        var front = string.Join('\n', Plans(copy)[0].Split('\n').Take(19));

        var e = Assert.Throws<PlanReadException>(() => PlanReader.Read(front));
        Assert.Equal(19, e.Line);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void A_plan_cut_inside_a_row_is_read_with_a_warning_at_the_cut(Copy copy)
    {
        var lines = Plans(copy)[0].Split('\n');
        var cut = string.Join('\n', lines.Take(36)) + "\n" + lines[36][..80];

        var plan = PlanReader.Read(cut);

        Assert.Equal([1, 2, 3, 4], plan.Recommendations.Select(r => r.Number));
        Assert.Contains(plan.Warnings, w => w.Line == 37 && w.Message.Contains("cells"));
        Assert.Null(plan.StatedSummary);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Rows_out_of_order_are_read_with_a_warning(Copy copy)
    {
        var lines = Plans(copy)[0].Split('\n');
        (lines[35], lines[36]) = (lines[36], lines[35]); // recommendations 3 and 4

        var plan = PlanReader.Read(string.Join('\n', lines));

        Assert.Equal([1, 2, 4, 3, 5, 6, 7, 8], plan.Recommendations.Select(r => r.Number));
        Assert.Contains(plan.Warnings, w => w.Line == 36 && w.Message.Contains("out of order"));
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void A_duplicated_row_is_read_with_a_warning(Copy copy)
    {
        var lines = Plans(copy)[2].Split('\n').ToList();
        lines.Insert(65, lines[64]); // recommendation 7 twice

        var plan = PlanReader.Read(string.Join('\n', lines));

        Assert.Contains(plan.Warnings, w => w.Line == 66 && w.Message.Contains("appears twice (also at line 65)"));
        Assert.Equal(9, plan.Summary.Total);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void A_summary_that_disagrees_with_the_rows_is_a_warning_at_its_line(Copy copy)
    {
        var text = Plans(copy)[0].Replace("Agreed\t5", "Agreed\t6");

        var plan = PlanReader.Read(text);

        Assert.Equal(6, plan.StatedSummary!.Agreed);
        Assert.Equal(5, plan.Summary.Agreed);
        Assert.Equal([new Warning(69, "The summary table states Agreed 6 but the rows give 5.")], plan.Warnings);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void A_huge_text_is_read_in_one_pass_and_an_oversized_one_refused(Copy copy)
    {
        var huge = string.Concat(Enumerable.Repeat(Plans(copy)[1], 200));

        var plan = PlanReader.Read(huge);

        Assert.Equal(1400, plan.Recommendations.Count);
        Assert.Throws<PlanReadException>(() => PlanReader.Read(new string('x', DocumentLimits.MaxCharacters + 1)));
    }
}
