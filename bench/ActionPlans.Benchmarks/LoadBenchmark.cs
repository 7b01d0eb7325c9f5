using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Npgsql;

/// <summary>
/// Simulated users against running instances of the service: each signs in as a demo account and, until the time
/// is up, opens a form and sends it with a narrative no one else sends. Afterwards every narrative the service
/// acknowledged (a redirect after the post) is looked up in PostgreSQL; one that is not there is a lost update.
/// </summary>
internal static class LoadBenchmark
{
    private const string Password = "Demo-password-2026";
    private const int MaxRoundsPerUser = 100_000;

    // Which demo account a user signs in as, and what it does: report progress on the published plan, or answer the draft plan.
    private static readonly (string Email, bool Reports)[] Accounts =
    [
        ("owner@demo.test", true),
        ("coordinator@demo.test", true),
        ("midshire.coordinator@demo.test", false),
    ];

    private sealed record Target(string Path)
    {
        public override string ToString() => Path;
    }
    private sealed record Sent(string Kind, string Narrative);

    private sealed class Tally
    {
        private readonly ConcurrentDictionary<(string Kind, string Outcome), int> _counts = new();
        private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new();
        private readonly ConcurrentDictionary<(string Kind, string Answer), int> _answers = new();
        public readonly ConcurrentBag<Sent> Acknowledged = [];

        /// <summary>Saves answered with the form again (a conflict or a refusal): none of these may be stored.</summary>
        public readonly ConcurrentBag<Sent> Answered = [];

        public void Count(string kind, string outcome, double ms)
        {
            _counts.AddOrUpdate((kind, outcome), 1, (_, n) => n + 1);
            _latencies.GetOrAdd(kind, _ => []).Add(ms);
        }

        /// <summary>What a form said when it answered 200 to a post: a conflict, or a refusal.</summary>
        public void Answer(string kind, string answer) => _answers.AddOrUpdate((kind, answer), 1, (_, n) => n + 1);

        public IEnumerable<(string Kind, string Outcome, int Count)> Counts =>
            _counts.Select(c => (c.Key.Kind, c.Key.Outcome, c.Value)).Concat(_answers.Select(a => (a.Key.Kind, $"of the 200s: {a.Key.Answer}", a.Value)))
                .OrderBy(c => c.Item1).ThenBy(c => c.Item2);
        public IEnumerable<(string Kind, double[] Ms)> Latencies =>
            _latencies.OrderBy(l => l.Key).Select(l => (l.Key, l.Value.Order().ToArray()));
        public int Requests => _counts.Values.Sum();
        public int ServerErrors => _counts.Where(c => c.Key.Outcome.StartsWith('5')).Sum(c => c.Value);
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var urls = Option(args, "--urls")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? throw Usage();
        var users = int.Parse(Option(args, "--users") ?? "50");
        var seconds = double.Parse(Option(args, "--seconds") ?? "60");
        var connection = Option(args, "--connection") ?? throw Usage();
        if (urls.Any(u => new Uri(u).Host != "127.0.0.1")) throw new ArgumentException("The load goes to loopback only (http://127.0.0.1:PORT).");

        var (actions, recommendations) = await TargetsAsync(connection);
        Console.WriteLine($"{users} users over {urls.Length} instances for {seconds} s: {actions.Count} actions of the published plan, {recommendations.Count} recommendations of the draft plan");

        var tally = new Tally();
        var run = Guid.NewGuid().ToString("N")[..8];
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, users).Select(user =>
        {
            var (email, reports) = Accounts[user % Accounts.Length];
            return UserAsync(new Uri(urls[user % urls.Length]), email, reports ? actions : recommendations, reports, $"load {run} user {user}", tally, clock, deadline);
        }));
        var elapsed = clock.Elapsed.TotalSeconds;

        var (lost, kept) = await CheckAsync(connection, tally);
        Report(tally, elapsed, lost, kept);
        return tally.ServerErrors == 0 && lost.Count == 0 && kept.Count == 0 ? 0 : 1;
    }

    private static Exception Usage() =>
        new ArgumentException("usage: load --urls http://127.0.0.1:A,http://127.0.0.1:B --users 50 --seconds 60 --connection \"Host=...\"");

    private static string? Option(string[] args, string name) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    /// <summary>The open actions of the published plan and the recommendations of the draft plan, as the demo loaded them.</summary>
    private static async Task<(List<Target> Actions, List<Target> Recommendations)> TargetsAsync(string connection)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        var actions = await ReadAsync(db, """
            select r."ActionPlanId", a."Id" from "Actions" a
            join "Responses" r on r."Id" = a."ResponseId" join "Plans" p on p."Id" = r."ActionPlanId"
            where p."Status" = 'Published' and not a."CompletedAtSubmission" order by a."Id"
            """, (plan, action) => new Target($"/plans/{plan}/actions/{action}/progress"));
        var recommendations = await ReadAsync(db, """
            select r."ActionPlanId", n."Number" from "Responses" r
            join "Plans" p on p."Id" = r."ActionPlanId" join "Recommendations" n on n."Id" = r."RecommendationId"
            where p."Status" = 'Draft' order by r."Id"
            """, (plan, number) => new Target($"/plans/{plan}/recommendations/{number}"));
        if (actions.Count == 0 || recommendations.Count == 0) throw new InvalidOperationException("The demo's published and draft plans are not in the database.");
        return (actions, recommendations);
    }

    private static async Task<List<Target>> ReadAsync(NpgsqlConnection db, string sql, Func<int, int, Target> target)
    {
        await using var command = new NpgsqlCommand(sql, db);
        await using var reader = await command.ExecuteReaderAsync();
        var targets = new List<Target>();
        while (await reader.ReadAsync()) targets.Add(target(reader.GetInt32(0), reader.GetInt32(1)));
        return targets;
    }

    private static async Task UserAsync(Uri instance, string email, List<Target> targets, bool reports, string name, Tally tally, Stopwatch clock, TimeSpan deadline)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = instance,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var signIn = await SendAsync(client, tally, "sign-in page", HttpMethod.Get, "/sign-in");
        var signedIn = signIn.Page is { } form && await SendAsync(client, tally, "sign-in", HttpMethod.Post, "/sign-in", new()
        {
            ["Email"] = email, ["Password"] = Password, ["__RequestVerificationToken"] = form.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "",
        }) is { Status: HttpStatusCode.Redirect };
        if (!signedIn) return;

        var skipped = new HashSet<Target>();
        for (var round = 0; round < MaxRoundsPerUser && clock.Elapsed < deadline && skipped.Count < targets.Count; round++)
        {
            var target = targets[round % targets.Count];
            if (skipped.Contains(target)) continue;
            var narrative = $"{name} round {round} on {target}";
            if (reports) { if (!await RecordUpdateAsync(client, tally, target, narrative)) skipped.Add(target); }
            else await SaveResponseAsync(client, tally, target, narrative);
        }
    }

    /// <summary>Opens an action's progress page and records an update; false when the action is not this account's to report on.</summary>
    private static async Task<bool> RecordUpdateAsync(HttpClient client, Tally tally, Target target, string narrative)
    {
        var (status, page) = await SendAsync(client, tally, "progress page", HttpMethod.Get, target.Path);
        if (page is null) return status != HttpStatusCode.Forbidden;
        var form = page.QuerySelectorAll("main form[method=post]").FirstOrDefault(f => (f.GetAttribute("action") ?? "").Contains("handler=Update"));
        if (form is null) return false;
        var fields = Fields(form);
        fields["Status"] = "InProgress";
        fields["Narrative"] = narrative;
        await PostAsync(client, tally, "progress update", form.GetAttribute("action")!, fields, narrative);
        return true;
    }

    /// <summary>Opens a recommendation of the draft plan and saves its response with a new narrative.</summary>
    private static async Task SaveResponseAsync(HttpClient client, Tally tally, Target target, string narrative)
    {
        var (_, page) = await SendAsync(client, tally, "response page", HttpMethod.Get, target.Path);
        if (page?.QuerySelector("main form[method=post]") is not { } form) return;
        var fields = Fields(form);
        fields.TryAdd("Kind", "Agreed");
        fields["Narrative"] = narrative;
        await PostAsync(client, tally, "response save", target.Path + "?handler=Save", fields, narrative);
    }

    private static async Task PostAsync(HttpClient client, Tally tally, string kind, string path, Dictionary<string, string> fields, string narrative)
    {
        var (status, page) = await SendAsync(client, tally, kind, HttpMethod.Post, path, fields);
        if (status is HttpStatusCode.Redirect or HttpStatusCode.SeeOther) tally.Acknowledged.Add(new Sent(kind, narrative));
        else if (status == HttpStatusCode.OK && page is not null)
        {
            tally.Answer(kind, Refusal(page));
            tally.Answered.Add(new Sent(kind, narrative));
        }
    }

    /// <summary>What a form answered with 200 said: a conflict with someone else's save, or a refusal beside a field.</summary>
    private static string Refusal(IHtmlDocument page)
    {
        var summary = page.QuerySelector(".govuk-error-summary")?.TextContent ?? "";
        return summary.Contains("Someone else") ? "conflict" : $"refused ({Squeeze(summary)})";
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("There is a problem ", "");

    private static async Task<(HttpStatusCode? Status, IHtmlDocument? Page)> SendAsync(
        HttpClient client, Tally tally, string kind, HttpMethod method, string path, Dictionary<string, string>? form = null)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(method, path) { Content = form is null ? null : new FormUrlEncodedContent(form) };
            using var response = await client.SendAsync(request);
            var html = await response.Content.ReadAsStringAsync();
            tally.Count(kind, ((int)response.StatusCode).ToString(), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return (response.StatusCode, response.StatusCode == HttpStatusCode.OK ? new HtmlParser().ParseDocument(html) : null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            tally.Count(kind, $"no answer ({e.GetType().Name})", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return (null, null);
        }
    }

    /// <summary>What the form would send as it stands: text and hidden fields, checked boxes, textareas.</summary>
    private static Dictionary<string, string> Fields(AngleSharp.Dom.IElement form)
    {
        var fields = new Dictionary<string, string>();
        foreach (var element in form.QuerySelectorAll("input, textarea"))
        {
            var name = element.GetAttribute("name");
            var type = element.GetAttribute("type") ?? "text";
            if (name is null || type == "file" || element.HasAttribute("disabled")) continue;
            if (type is "checkbox" or "radio" && !element.HasAttribute("checked")) continue;
            fields[name] = element.TagName == "TEXTAREA" ? element.TextContent : element.GetAttribute("value") ?? "";
        }
        return fields;
    }

    /// <summary>
    /// The acknowledged saves whose narrative is nowhere in the database (lost), and the saves answered with a conflict
    /// or a refusal whose narrative is there all the same (kept). An update is its own row; a response's narrative is
    /// overwritten by the next save, so a response save counts as stored when the audit trail records it.
    /// </summary>
    private static async Task<(List<Sent> Lost, List<Sent> Kept)> CheckAsync(string connection, Tally tally)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        var updates = await TextsAsync(db, """select "Narrative" from "ProgressUpdates" where "Narrative" like 'load %'""");
        var audited = string.Join('\n', await TextsAsync(db, """select "Changes" from "AuditEntries" where "Entity" = 'Response' and "Changes" like '%load %'"""));
        bool Stored(Sent sent) => sent.Kind == "progress update" ? updates.Contains(sent.Narrative) : audited.Contains($"\"to\":\"{sent.Narrative}\"");
        return (tally.Acknowledged.Where(s => !Stored(s)).ToList(), tally.Answered.Where(Stored).ToList());
    }

    private static async Task<HashSet<string>> TextsAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        await using var reader = await command.ExecuteReaderAsync();
        var texts = new HashSet<string>();
        while (await reader.ReadAsync()) texts.Add(reader.GetString(0));
        return texts;
    }

    private static void Report(Tally tally, double elapsed, List<Sent> lost, List<Sent> kept)
    {
        Console.WriteLine();
        Console.WriteLine("| request | answer | count |");
        Console.WriteLine("|---|---|---:|");
        foreach (var (kind, outcome, count) in tally.Counts) Console.WriteLine($"| {kind} | {outcome} | {count:N0} |");
        Console.WriteLine();
        Console.WriteLine("| request | median ms | p95 ms |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (kind, ms) in tally.Latencies)
            Console.WriteLine($"| {kind} | {ms[ms.Length / 2]:N1} | {ms[(int)Math.Ceiling(ms.Length * 0.95) - 1]:N1} |");
        var requests = tally.Requests;
        Console.WriteLine();
        Console.WriteLine($"requests: {requests:N0} in {elapsed:N1} s ({requests / elapsed:N1} requests/s)");
        Console.WriteLine($"acknowledged: {tally.Acknowledged.Count(a => a.Kind == "progress update"):N0} progress updates, {tally.Acknowledged.Count(a => a.Kind == "response save"):N0} response saves");
        Console.WriteLine($"lost: {lost.Count}");
        foreach (var missing in lost.Take(10)) Console.WriteLine($"  lost {missing.Kind}: {missing.Narrative}");
        Console.WriteLine($"answered with a conflict or a refusal: {tally.Answered.Count:N0}, of which stored all the same: {kept.Count}");
        foreach (var stored in kept.Take(10)) Console.WriteLine($"  stored {stored.Kind}: {stored.Narrative}");
        Console.WriteLine($"server errors: {tally.ServerErrors}");
    }
}
