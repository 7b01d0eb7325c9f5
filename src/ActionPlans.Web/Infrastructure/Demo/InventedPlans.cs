using System.Globalization;
using System.Text;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Ratings;
using ActionPlans.Core.Recommendations;
using ActionPlans.Core.TargetDates;
using static ActionPlans.Web.Infrastructure.Demo.GeneratedWording;

namespace ActionPlans.Web.Infrastructure.Demo;

/// <summary>An account the generator made, for assigning actions to and signing in as.</summary>
internal sealed record GeneratedAccount(string Id, string Email, string Name);

/// <summary>The accounts of one provider: its coordinator and an action owner.</summary>
internal sealed record ProviderAccounts(GeneratedAccount Coordinator, GeneratedAccount Owner);

/// <summary>
/// Invents accepted and published plans one after another, each with the history a real one gathers: the inspection
/// and its ratings, recommendations (some repeated from the provider's previous inspection), responses, actions with
/// every form of target the service reads, and years of updates and revised targets. Everything is made through the
/// domain's own types and rules (<see cref="ActionProgress"/> refuses an update after today or before submission, a
/// revision before the previous one), so the rows written are ones the service could have made itself.
/// Deterministic: the same random source and today give the same plans.
/// </summary>
internal sealed class InventedPlans(Random random, DateOnly today, IReadOnlyList<Organisation> providers,
    IReadOnlyList<Organisation> nationalBodies, IReadOnlyDictionary<Organisation, ProviderAccounts> accounts, int busyCoordinatorRoom)
{
    /// <summary>A coordinator of the first provider is given this many actions at most, across runs: the benchmark's busy coordinator.</summary>
    public const int BusyCoordinatorActions = 5000;

    private static readonly StandardsFramework Framework = Frameworks.Load(Inspection.DefaultFrameworkId);
    private static readonly EvidencePolicy Policy = new();

    private readonly Dictionary<Organisation, Inspection> _previous = [];
    private int _busyRoom = busyCoordinatorRoom;

    /// <summary>The last inspection of each provider so far: its recommendations are the ones the next one may repeat.</summary>
    public IEnumerable<Inspection> PreviousInspections => _previous.Values;

    /// <summary>The bytes of a generated evidence file: a few lines, always the same for the same name.</summary>
    public static byte[] EvidenceBytes(string fileName) => Encoding.UTF8.GetBytes(fileName.EndsWith(".pdf", StringComparison.Ordinal)
        ? $"%PDF-1.4\n% {fileName}: generated evidence, no pages\n%%EOF\n"
        : $"{fileName}\nGenerated evidence: a note of the work done.\n");

    /// <summary>A plan whose report was published on <paramref name="published"/>, accepted or published, with its history up to today.</summary>
    public ActionPlan Next(DateOnly published)
    {
        var provider = providers[random.Next(providers.Count)];
        var inspection = Inspect(provider, published);
        var plan = new ActionPlan(inspection);

        // Most plans come in within ten working days of the report; some are late.
        var submitted = published.AddDays(random.NextDouble() < 0.75 ? random.Next(8, 15) : random.Next(15, 45));
        if (submitted > today) submitted = today;
        Respond(plan, submitted);
        plan.Submit(submitted);
        plan.Accept();
        if (random.NextDouble() < 0.6) plan.Publish();

        // Plans of long ago are often closed, monitoring ended some years after they were agreed.
        DateOnly? closing = null;
        if (submitted.AddYears(4) < today && random.NextDouble() < 0.3)
        {
            var day = submitted.AddYears(3).AddDays(random.Next(0, 300));
            closing = day > today ? today : day;
        }
        accounts.TryGetValue(provider, out var people);
        foreach (var response in plan.Responses)
            foreach (var action in response.Actions)
            {
                var assignee = response.Recommendation.Addressee == provider ? Assign(action, provider, people) : null;
                Deliver(plan, action, closing ?? today, assignee?.Name ?? People[random.Next(People.Length)], provider);
            }
        if (closing is { } closed) plan.Close(closed);
        return plan;
    }

    private Inspection Inspect(Organisation provider, DateOnly published)
    {
        var kind = provider.Kind == OrganisationKind.NpsDivision ? InspectionKind.NpsDivisionInspection : InspectionKind.CrcInspection;
        var fieldwork = published.AddDays(-random.Next(70, 130));
        var inspection = new Inspection(provider, kind, fieldwork, published);
        inspection.Describe(kind, fieldwork, published, random.Next(60, 220));
        _previous.TryGetValue(provider, out var previous);
        Rate(inspection, previous);

        if (previous is not null)
            foreach (var earlier in previous.Recommendations)
                inspection.RecordPreviousRecommendation(earlier.Number, earlier.Text, (ProgressJudgement)random.Next(3), earlier);

        var count = random.Next(4, 9);
        var phrases = Shuffled(ProviderRecommendations.Length);
        var national = Shuffled(NationalRecommendations.Length);
        for (var number = 1; number <= count; number++)
        {
            var repeat = previous?.Recommendations.FirstOrDefault(r => r.Number == number && r.Addressee == provider);
            if (repeat is not null && random.NextDouble() < 0.25)
            {
                inspection.Recommend(number, repeat.Text, provider, repeatedFrom: repeat);
                continue;
            }
            if (random.NextDouble() < 0.15)
            {
                var body = nationalBodies[random.Next(nationalBodies.Count)];
                inspection.Recommend(number, $"{body.Name} should {NationalRecommendations[national[number % national.Length]]}.", body);
            }
            else inspection.Recommend(number, $"{provider.Name} should {ProviderRecommendations[phrases[number]]}.", provider);
        }
        _previous[provider] = inspection;
        return inspection;
    }

    /// <summary>Ratings as the rules read them from the key questions' figures; the judgement standards rated as a panel would.</summary>
    private void Rate(Inspection inspection, Inspection? previous)
    {
        var level = random.Next(40, 80);
        var ratings = new List<Rating>();
        foreach (var standard in Framework.Standards)
        {
            var earlier = previous?.Standard(standard.Id);
            var figures = standard.KeyQuestions.Where(k => !k.Qualitative)
                .Select(k => new KeyQuestionFigure(k, Math.Clamp(level + random.Next(-15, 16), 5, 100))).ToList();
            var rating = Framework.Rules.RuleRatingOf(standard, figures) ?? (Rating)Math.Clamp((level - 35) / 15 + random.Next(-1, 2), 0, 3);
            ratings.Add(rating);
            var result = inspection.RecordStandard(standard.Id, rating, earlier?.StatedRating);
            foreach (var figure in figures)
            {
                var before = earlier?.KeyQuestions.FirstOrDefault(k => k.KeyQuestionId == figure.Question.Id)?.Current;
                result.SetKeyQuestion(figure.Question.Id, figure.Question.Text, figure.Percentage, before, random.Next(50, 80));
            }
        }
        inspection.RecordScore(Framework.Id, Framework.Rules.Score(ratings).Value);
    }

    private void Respond(ActionPlan plan, DateOnly submitted)
    {
        var kinds = plan.Responses.Select(_ => random.NextDouble() switch
        {
            < 0.80 => ResponseKind.Agreed,
            < 0.92 => ResponseKind.PartlyAgreed,
            _ => ResponseKind.NotAgreed,
        }).ToArray();
        if (kinds.All(k => k == ResponseKind.NotAgreed)) kinds[0] = ResponseKind.Agreed;

        // About fourteen actions a plan, from six to twenty-five, shared among the responses that take any.
        var wanted = Math.Clamp((int)Math.Round(14 + 4 * Gaussian()), 6, 25);
        var taking = Enumerable.Range(0, kinds.Length).Where(i => kinds[i] != ResponseKind.NotAgreed).ToList();
        var counts = new int[kinds.Length];
        foreach (var i in taking) counts[i] = 1;
        for (var extra = wanted - taking.Count; extra > 0; extra--) counts[taking[random.Next(taking.Count)]]++;

        for (var i = 0; i < kinds.Length; i++)
        {
            var response = plan.Responses[i];
            switch (kinds[i])
            {
                case ResponseKind.Agreed:
                    response.Answer(ResponseKind.Agreed, AgreedNarratives[random.Next(AgreedNarratives.Length)]);
                    break;
                case ResponseKind.PartlyAgreed:
                    var (partly, partlyReasons) = NotAgreedExplanations[random.Next(NotAgreedExplanations.Length)];
                    response.Answer(ResponseKind.PartlyAgreed, "We agree with part of the recommendation.",
                        PartlyAgreedParts[random.Next(PartlyAgreedParts.Length)], partlyReasons, partly);
                    break;
                default:
                    var (explanation, reasons) = NotAgreedExplanations[random.Next(NotAgreedExplanations.Length)];
                    response.Answer(ResponseKind.NotAgreed, "We do not agree with this recommendation.", reasons: reasons, explanation: explanation);
                    break;
            }
            for (var a = 0; a < counts[i]; a++)
                response.AddAction(ActionTexts[random.Next(ActionTexts.Length)], Owners[random.Next(Owners.Length)], Target(submitted));
        }
    }

    /// <summary>One of every form the target column takes, in the shares plans use them; recurrence mostly ends with a year.</summary>
    private TargetDate Target(DateOnly submitted)
    {
        var month = new DateOnly(submitted.Year, submitted.Month, 1).AddMonths(random.Next(1, 25));
        var roll = random.NextDouble();
        var (text, kind) = roll switch
        {
            < 0.46 => (MonthYear(month), TargetKind.Date),
            < 0.50 => ($"by end of {MonthYear(month)}", TargetKind.Date),
            < 0.53 => (month.AddMonths(1).AddDays(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), TargetKind.Date),
            < 0.58 => (Season(month), TargetKind.Date),
            < 0.62 => ($"Q{(month.Month - 1) / 3 + 1} {month.Year}", TargetKind.Date),
            < 0.65 => (FinancialQuarter(month), TargetKind.Date),
            < 0.72 => ($"{Recurrences[random.Next(Recurrences.Length)]} throughout {month.Year + 1}", TargetKind.Recurring),
            < 0.74 => ($"Quarterly from {MonthYear(month)}", TargetKind.Recurring),
            < 0.75 => ($"{MonthYear(month)} and bi-annually", TargetKind.Recurring),
            < 0.83 => (CompletedBefore(submitted), TargetKind.Completed),
            < 0.92 => ("Ongoing", TargetKind.Ongoing),
            < 0.95 => ($"Ongoing from {MonthYear(month)}", TargetKind.Date),
            _ => (Conditions[random.Next(Conditions.Length)], TargetKind.Condition),
        };
        var target = TargetDate.Parse(text);
        if (target.Kind != kind) throw new InvalidOperationException($"The generated target '{text}' reads as {target.Kind}, not {kind}.");
        return target;
    }

    /// <summary>The season a month falls in: winter runs from December to February and takes December's year.</summary>
    private static string Season(DateOnly month) => month.Month switch
    {
        >= 3 and <= 5 => $"Spring {month.Year}",
        >= 6 and <= 8 => $"Summer {month.Year}",
        >= 9 and <= 11 => $"Autumn {month.Year}",
        12 => $"Winter {month.Year}",
        _ => $"Winter {month.Year - 1}",
    };

    /// <summary>The financial quarter a month falls in ("Q1 2021/22" is April to June 2021).</summary>
    private static string FinancialQuarter(DateOnly month)
    {
        var year = month.Month >= 4 ? month.Year : month.Year - 1;
        return $"Q{(month.Month + 8) % 12 / 3 + 1} {year}/{(year + 1) % 100:00}";
    }

    private static readonly string[] Recurrences = ["Quarterly", "Quarterly", "Bi-annual", "Monthly"];

    private string CompletedBefore(DateOnly submitted) => random.NextDouble() < 0.2
        ? "Completed"
        : $"Completed {MonthYear(new DateOnly(submitted.Year, submitted.Month, 1).AddMonths(-random.Next(0, 9)))}";

    private static string MonthYear(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private GeneratedAccount? Assign(PlannedAction action, Organisation provider, ProviderAccounts? people)
    {
        if (people is null || action.CompletedAtSubmission) return null;
        GeneratedAccount? assignee;
        if (provider == providers[0] && _busyRoom > 0)
        {
            assignee = people.Coordinator;
            _busyRoom--;
        }
        // The busy coordinator is given their 5,000 and no more, so that /my-actions is measured at that size.
        else assignee = random.NextDouble() switch { < 0.35 => people.Owner, < 0.45 => provider == providers[0] ? people.Owner : people.Coordinator, _ => null };
        action.AssignTo(assignee?.Id);
        return assignee;
    }

    private enum Outcome { Silent, Working, Completed, NotDelivered, Superseded }

    /// <summary>The action's updates and revised targets from the plan's submission to <paramref name="end"/>, in date order, through the rules.</summary>
    private void Deliver(ActionPlan plan, PlannedAction action, DateOnly end, string author, Organisation provider)
    {
        var start = plan.Submitted!.Value;
        if (action.CompletedAtSubmission || end <= start.AddDays(1)) return;
        var progress = new ActionProgress(plan, action);
        var target = action.Target;
        var finish = target.Recurrence is null ? target.Due : target.RecursUntil is { } until ? target.DueOccurrences(until).Last() : null;

        var outcome = random.NextDouble() switch
        {
            < 0.08 => Outcome.Silent,
            < 0.58 => target.Recurrence is not null && finish is null ? Outcome.Working : Outcome.Completed,
            < 0.88 => Outcome.Working,
            < 0.94 => Outcome.NotDelivered,
            _ => Outcome.Superseded,
        };
        if (outcome == Outcome.Silent) return;

        // The last update: a completion (on time mostly, some late, never after today), or the action given up.
        (DateOnly On, DeliveryStatus Status, DateOnly? Completed)? last = null;
        if (outcome == Outcome.Completed)
        {
            var by = finish ?? start.AddDays(random.Next(60, 500));
            DateOnly completed = by > start.AddDays(1) && random.NextDouble() < 0.7
                ? Between(start.AddDays(1), by)
                : (by > start ? by : start).AddDays(random.Next(1, 200));
            if (completed <= end) last = (Min(completed.AddDays(random.Next(0, 15)), end), DeliveryStatus.Completed, completed);
        }
        else if (outcome is Outcome.NotDelivered or Outcome.Superseded)
            last = (Between(start.AddDays(1), end), outcome == Outcome.NotDelivered ? DeliveryStatus.NotDelivered : DeliveryStatus.Superseded, null);
        var lastDay = last?.On ?? end;

        var updates = new List<(DateOnly On, DeliveryStatus Status)>();
        if (target.Recurrence is not null && target.Due is not null)
        {
            // A round delivered by each occurrence, reported a little before it; now and then one is missed.
            foreach (var occurrence in target.DueOccurrences(lastDay.AddDays(-1)).Take(12))
                if (random.NextDouble() < 0.85 && occurrence.AddDays(-random.Next(0, 20)) is var day && day > start && day < lastDay)
                    updates.Add((day, DeliveryStatus.InProgress));
        }
        else
        {
            for (var n = random.Next(1, 5); n > 0 && lastDay > start.AddDays(2); n--)
                updates.Add((Between(start.AddDays(1), lastDay.AddDays(-1)), DeliveryStatus.InProgress));
            updates.Sort((a, b) => a.On.CompareTo(b.On));
            if (updates.Count > 0 && random.NextDouble() < 0.3) updates[0] = (updates[0].On, DeliveryStatus.NotStarted);
        }
        updates = updates.OrderBy(u => u.On).ToList();

        var revisions = new List<DateOnly>();
        if (target.Due is not null && random.NextDouble() < 0.15)
            for (var n = random.NextDouble() < 0.8 ? 1 : 2; n > 0; n--) revisions.Add(Between(start.AddDays(1), lastDay));
        revisions.Sort();

        int u = 0, r = 0;
        while (u < updates.Count || r < revisions.Count)
        {
            // A revision goes before an update of the same day.
            if (r < revisions.Count && (u == updates.Count || revisions[r] <= updates[u].On))
            {
                var on = revisions[r++];
                var current = progress.TargetAsAt(on).Due!.Value;
                var to = TargetDate.Parse(MonthYear(new DateOnly(current.Year, current.Month, 1).AddMonths(random.Next(2, 9))));
                progress.ReviseTarget(to, RevisionReasons[random.Next(RevisionReasons.Length)], on, author, today);
                continue;
            }
            var (day, status) = updates[u++];
            var narrative = status == DeliveryStatus.NotStarted
                ? NotStartedNarratives[random.Next(NotStartedNarratives.Length)]
                : InProgressNarratives[random.Next(InProgressNarratives.Length)];
            progress.Record(new UpdateContent(day, status, narrative, author, evidence: Evidence(day, provider)), today);
        }
        if (last is { } final)
        {
            var narrative = final.Status switch
            {
                DeliveryStatus.Completed => CompletedNarratives[random.Next(CompletedNarratives.Length)],
                DeliveryStatus.NotDelivered => NotDeliveredNarratives[random.Next(NotDeliveredNarratives.Length)],
                _ => SupersededNarratives[random.Next(SupersededNarratives.Length)],
            };
            progress.Record(new UpdateContent(final.On, final.Status, narrative, author, final.Completed, Evidence(final.On, provider)), today);
        }
    }

    /// <summary>Now and then an update carries a file (a few bytes, named for what it shows) or a link.</summary>
    private IEnumerable<Evidence>? Evidence(DateOnly on, Organisation provider)
    {
        var roll = random.NextDouble();
        if (roll >= 0.25) return null;
        var name = $"{EvidenceNames[random.Next(EvidenceNames.Length)]}-{on:yyyy-MM}";
        if (roll < 0.08) return [Policy.AdmitLink($"https://intranet.{Slug(provider.Name)}.example/quality/{name}")];
        var file = roll < 0.18 ? $"{name}.pdf" : $"{name}.txt";
        return [Policy.AdmitFile(file, EvidenceBytes(file))];
    }

    private DateOnly Between(DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(random.Next(0, to.DayNumber - from.DayNumber + 1));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private int[] Shuffled(int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }

    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
