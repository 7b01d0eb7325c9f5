using ActionPlans.Core.Allocation;
using ActionPlans.Core.Cases;
using ActionPlans.Core.Ratings;

namespace ActionPlans.Core.Tests.Cases;

public sealed class CaseEntryTests
{
    private static readonly CaseQuestions Questions = GeneratedSample.Questions;

    private static CaseEntry Entry(string reference = "C001", string kind = "community", string harm = "yes", params (string Id, string Text)[] answers) =>
        new() { Reference = reference, Kind = kind, Grade = "PO", Harm = harm, Answers = answers.Select(a => KeyValuePair.Create(a.Id, a.Text)).ToList() };

    [Theory]
    [InlineData("C001")]
    [InlineData("X123456")]
    [InlineData("NB-2019/044")]
    public void A_reference_with_a_number_in_it_is_taken(string reference) => Assert.Null(CaseReference.Problem(reference));

    [Theory]
    [InlineData("John Smith", "name")]
    [InlineData("Smith", "name")]
    [InlineData("Mary-Jane O Neil", "name")]
    [InlineData("C001 Smith", "name")]
    [InlineData("01/02/1980", "date of birth")]
    [InlineData("1980-02-01", "date of birth")]
    [InlineData("1.2.80", "date of birth")]
    [InlineData("", "Enter")]
    [InlineData("C001<script>", "only letters")]
    public void A_reference_that_looks_like_a_name_or_a_birth_date_is_refused(string reference, string why) =>
        Assert.Contains(why, CaseReference.Problem(reference));

    [Theory]
    [InlineData("Name", true)]
    [InlineData("Surname", true)]
    [InlineData("forename", true)]
    [InlineData("First name", true)]
    [InlineData("full_name", true)]
    [InlineData("DOB", true)]
    [InlineData("D.O.B.", true)]
    [InlineData("Date of birth", true)]
    [InlineData("birth date", true)]
    [InlineData("reference", false)]
    [InlineData("band", false)]
    [InlineData("2.1.1a", false)]
    public void Columns_headed_as_names_or_dates_of_birth_are_known(string heading, bool personal) =>
        Assert.Equal(personal, CaseReference.IsPersonalColumn(heading));

    [Fact]
    public void Every_problem_of_a_case_is_named_by_its_field()
    {
        var entry = new CaseEntry
        {
            Reference = "Jane Doe", Kind = "prison", Grade = "SPO", Harm = "maybe",
            Answers = [KeyValuePair.Create("2.1.1", "perhaps")],
            Ogrs = "101", Rosh = "high", Flags = "iom; bad_flag", Band = new string('B', 41),
        };
        var (details, problems) = entry.Read(Questions);
        Assert.Null(details);
        Assert.Equal(["reference", "kind", "grade", "harm", "2.1.1", "ogrs", "rosh", "flags", "band"], problems.Select(p => p.Field));
    }

    [Fact]
    public void Answers_are_taken_only_for_the_standards_of_the_case_s_kind()
    {
        var (_, community) = Entry("C001", "community", "yes", ("4.1.1", "yes"), ("4.2.1a", "no")).Read(Questions);
        Assert.Equal(["4.1.1", "4.2.1a"], community.Select(p => p.Field));
        Assert.Contains("not asked of community cases", community[0].Message);

        var (_, unpaid) = Entry("C002", "Unpaid work", "no", ("2.1.1", "yes")).Read(Questions);
        Assert.Equal("2.1.1", Assert.Single(unpaid).Field);

        var (gate, none) = Entry("C003", "through-the-gate", "no", ("4.2.1", "yes"), ("4.2.1a", "")).Read(Questions);
        Assert.Empty(none);
        Assert.Equal(CaseKind.ThroughTheGate, gate!.Kind);
        Assert.Equal(new Dictionary<string, bool> { ["4.2.1"] = true }, gate.Answers);
    }

    [Fact]
    public void The_keeping_others_safe_questions_are_asked_only_of_cases_with_harm_factors()
    {
        var (_, problems) = Entry("C001", "post-release", "no", ("2.1.3", "yes"), ("2.1.3b", "no"), ("2.1.1", "yes")).Read(Questions);
        Assert.Equal(["2.1.3", "2.1.3b"], problems.Select(p => p.Field));
        var (details, none) = Entry("C001", "post-release", "yes", ("2.1.3", "yes"), ("2.1.3b", "no")).Read(Questions);
        Assert.Empty(none);
        Assert.Equal(2, details!.Answers.Count);
    }

    [Fact]
    public void The_allocation_is_kept_as_given_once_its_form_is_right()
    {
        var entry = Entry() with { Ogrs = "49", Rosh = "Medium", Flags = "IOM;drr  child-protection-plan", Band = "Blue" };
        var (details, problems) = entry.Read(Questions);
        Assert.Empty(problems);
        Assert.Equal(49, details!.Allocation.Ogrs);
        Assert.Equal("medium", details.Allocation.Rosh);
        Assert.Equal(["iom", "drr", "child-protection-plan"], details.Allocation.Flags);
        Assert.Equal("Blue", details.Allocation.Band);
        Assert.Equal(OfficerGrade.PO, details.Grade);
    }

    [Fact]
    public void The_framework_names_the_kinds_of_case_of_its_case_sample_standards()
    {
        var framework = Frameworks.Load(Frameworks.AdultProbation2018);
        Assert.All(["2.1", "2.2", "2.3", "2.4"], id => Assert.Equal([CaseKind.Community, CaseKind.PostRelease], framework.Standard(id).CaseKinds));
        Assert.Equal([CaseKind.UnpaidWork], framework.Standard("4.1").CaseKinds);
        Assert.Equal([CaseKind.ThroughTheGate], framework.Standard("4.2").CaseKinds);
        Assert.All(framework.Domains[0].Standards, s => Assert.Empty(s.CaseKinds));
        Assert.Equal(["2.1.3", "2.2.3", "2.3.3", "2.4.3"], framework.Standards.SelectMany(s => s.KeyQuestions).Where(q => q.HarmFactorsOnly).Select(q => q.Id));
    }

    [Fact]
    public void A_sample_holds_a_reference_once_and_a_replacement_is_whole()
    {
        var sample = GeneratedSample.Make(5, 3);
        var first = Entry("C900").Read(Questions).Details!;
        Assert.Throws<DomainRuleException>(() => sample.Add(first with { Reference = "c001" }));
        Assert.Throws<DomainRuleException>(() => sample.Replace([first, first]));
        Assert.Equal(5, sample.Cases.Count);
        sample.Replace([first]);
        Assert.Equal("C900", Assert.Single(sample.Cases).Reference);
        Assert.Throws<DomainRuleException>(() => sample.RecordPopulation(0));
        sample.RecordPopulation(1200);
        Assert.Equal(145, sample.SampleSizeNeeded);
    }
}
