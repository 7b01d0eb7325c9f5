using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using ActionPlans.Core.Access;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Recommendations;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Features.Insight.Tallies;
using ActionPlans.Web.Features.Insight.Themes;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Features.Monitoring.Standings;
using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Infrastructure.Demo;

/// <summary>How many rows a generation wrote.</summary>
public sealed record GeneratedCounts(int Plans, int Recommendations, int Actions, int Updates, int Revisions, int Evidence);

/// <summary>
/// Adds invented plans with their whole history to the configured database (<see cref="InventedPlans"/>), in batches
/// of <see cref="BatchSize"/> plans each written with <see cref="BulkCopy"/> and committed in one transaction, so memory
/// stays flat and a stopped run leaves whole plans only. Rows go round SaveChanges: generated data is not a change
/// anyone made, so it has no audit entries. Ids are given here, from the largest in each table on.
/// </summary>
public sealed class Generation(ActionPlansDb db, UserManager<ServiceUser> users, IServiceProvider services, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <summary>The password of every account the generator makes.</summary>
    public const string Password = "Generated-password-2026";

    public const string InspectorEmail = "inspector@generated.test";

    /// <summary>The coordinator of the first provider, assigned up to <see cref="InventedPlans.BusyCoordinatorActions"/> actions.</summary>
    public static readonly string BusyCoordinatorEmail = CoordinatorEmail(GeneratedWording.Providers[0].Name);

    /// <summary>Reports might span 2015 to the present; the last ones leave their plans a few weeks to be submitted.</summary>
    private static readonly DateOnly FirstReport = new(2015, 1, 15);

    public static string CoordinatorEmail(string provider) => $"coordinator.{GeneratedWording.Slug(provider)}@generated.test";

    public static string OwnerEmail(string provider) => $"owner.{GeneratedWording.Slug(provider)}@generated.test";

    public async Task<GeneratedCounts> RunAsync(int plans, int seed, Action<int, GeneratedCounts> progress, CancellationToken cancellation = default)
    {
        var today = clock.TodayInUk();
        // One connection for the whole run (accounts included): without a pool, each new one costs a handshake.
        await db.Database.OpenConnectionAsync(cancellation);
        var organisations = await OrganisationsAsync(cancellation);
        var providers = GeneratedWording.Providers.Select(p => organisations[p.Name]).ToList();
        var bodies = GeneratedWording.AddressedBodies.Select(b => organisations[b.Name]).ToList();
        var accounts = await AccountsAsync(providers, cancellation);
        var busy = accounts[providers[0]].Coordinator.Id;
        var room = Math.Max(0, InventedPlans.BusyCoordinatorActions - await db.Actions.CountAsync(a => a.AssignedTo == busy, cancellation));

        var invented = new InventedPlans(new Random(seed), today, providers, bodies, accounts, room);
        var window = services.GetRequiredService<DeliverySettings>().DueSoon;
        var rows = new Rows(db, window);
        await rows.StartAsync(cancellation);
        var last = today.AddDays(-60);
        var span = Math.Max(1, last.DayNumber - FirstReport.DayNumber);

        // The next batch is invented while the last one is written, one batch ahead at most, so both cores work and memory stays flat.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var batches = Channel.CreateBounded<Batch>(1);
        var inventing = Task.Run(async () =>
        {
            try
            {
                var counts = new GeneratedCounts(0, 0, 0, 0, 0, 0);
                for (var done = 0; done < plans; done += BatchSize)
                {
                    for (var i = done; i < Math.Min(done + BatchSize, plans); i++)
                    {
                        // Reports follow one another across the years, so a provider's previous inspection is always earlier.
                        var published = FirstReport.AddDays((int)((long)span * i / plans));
                        counts = rows.Add(invented.Next(published), counts);
                    }
                    rows.KeepOnly(invented.PreviousInspections);
                    await batches.Writer.WriteAsync(new Batch(rows.Take(), counts), stop.Token);
                }
                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.Complete(e);
            }
        }, stop.Token);

        var written = new GeneratedCounts(0, 0, 0, 0, 0, 0);
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(stop.Token);
                await rows.WriteAsync(batch.Rows, stop.Token);
                await transaction.CommitAsync(stop.Token);
                written = batch.Counts;
                progress(written.Plans, written);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await inventing;
        }
        // The standings were written with each batch; the tallies are counted from them once, at the end.
        await StandingProjection.RecountAsync(db, window, cancellation);
        // The insight's tallies are counted again once the themes are (rows went round the save).
        await InsightTallies.ForgetAsync(db, cancellation);
        await ThemeAssignment.EnsureAsync(db, cancellation);
        await PlannerStatistics.GatherAsync(db, cancellation);
        return written;
    }

    /// <summary>Every organisation the generator uses, by name: existing ones are reused, missing ones added.</summary>
    private async Task<Dictionary<string, Organisation>> OrganisationsAsync(CancellationToken cancellation)
    {
        var wanted = GeneratedWording.Providers.Select(p => p.OwningGroup).OfType<string>().Distinct()
            .Select(g => (Name: g, Kind: OrganisationKind.OwningCompany, Group: (string?)null))
            .Concat(GeneratedWording.Providers.Select(p => (p.Name, p.Kind, Group: p.OwningGroup)))
            .Concat(GeneratedWording.AddressedBodies.Select(b => (b.Name, b.Kind, Group: (string?)null)))
            .ToList();
        var names = wanted.Select(w => w.Name).ToList();
        var known = await db.Organisations.AsNoTracking().Where(o => names.Contains(o.Name)).ToDictionaryAsync(o => o.Name, cancellation);
        if (known.Count < wanted.Count)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
            var table = new EntityTable(db, typeof(Organisation));
            var next = await NextIdAsync(db, table.Name, cancellation);
            var ids = known.ToDictionary(k => k.Key, k => k.Value.Id);
            var added = new List<object?[]>();
            // Owning groups come first in the list, so a provider's group has its id by the time the provider is added.
            foreach (var (name, kind, group) in wanted.Where(w => !known.ContainsKey(w.Name)))
            {
                ids[name] = next;
                added.Add(table.Row(new Organisation(name, kind), ("Id", next++), ("OwningGroupId", group is null ? null : ids[group])));
            }
            await table.WriteAsync(db, added, cancellation);
            await CatchUpIdentityAsync(db, table.Name, cancellation);
            await transaction.CommitAsync(cancellation);
            known = await db.Organisations.AsNoTracking().Where(o => names.Contains(o.Name)).ToDictionaryAsync(o => o.Name, cancellation);
        }
        return known;
    }

    /// <summary>
    /// A coordinator and an action owner for each provider and one inspector, all with <see cref="Password"/>; existing
    /// ones are kept. New ones are written in bulk with their roles (Identity's rows are not audited either way).
    /// </summary>
    private async Task<Dictionary<Organisation, ProviderAccounts>> AccountsAsync(IReadOnlyList<Organisation> providers, CancellationToken cancellation)
    {
        var wanted = providers.SelectMany(p => new[]
            {
                (Email: CoordinatorEmail(p.Name), Name: $"Coordinator of {p.Name}", Role: Role.Coordinator, Organisation: (int?)p.Id),
                (Email: OwnerEmail(p.Name), Name: $"Action owner at {p.Name}", Role: Role.ActionOwner, Organisation: (int?)p.Id),
            })
            .Append((Email: InspectorEmail, Name: "Generated Inspector", Role: Role.Inspector, Organisation: null))
            .ToList();
        var emails = wanted.Select(w => users.NormalizeEmail(w.Email)).ToList();
        var existing = await db.Users.AsNoTracking().Where(u => emails.Contains(u.NormalizedEmail!)).ToDictionaryAsync(u => u.NormalizedEmail!, cancellation);
        var missing = wanted.Where(w => !existing.ContainsKey(users.NormalizeEmail(w.Email))).ToList();
        if (missing.Count > 0)
        {
            foreach (var role in missing.Select(m => m.Role).Distinct()) await Roles.EnsureAsync(services, role);
            var roleIds = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id, cancellation);
            // One hash serves every account: the salt is inside it, and hashing is slow on purpose.
            var hash = users.PasswordHasher.HashPassword(new ServiceUser(), Password);
            var made = missing.Select(m => (m.Role, User: new ServiceUser
            {
                // The id follows from the address, so the same seed assigns actions to the same ids in any database.
                Id = new Guid(MD5.HashData(Encoding.UTF8.GetBytes(m.Email))).ToString(),
                UserName = m.Email, NormalizedUserName = users.NormalizeName(m.Email),
                Email = m.Email, NormalizedEmail = users.NormalizeEmail(m.Email), EmailConfirmed = true,
                DisplayName = m.Name, OrganisationId = m.Organisation, PasswordHash = hash, LockoutEnabled = true,
                SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            })).ToList();
            var accountTable = new EntityTable(db, typeof(ServiceUser));
            var roleTable = new EntityTable(db, typeof(IdentityUserRole<string>));
            await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
            await accountTable.WriteAsync(db, made.Select(m => accountTable.Row(m.User)), cancellation);
            await roleTable.WriteAsync(db, made.Select(m => roleTable.Row(new IdentityUserRole<string> { UserId = m.User.Id, RoleId = roleIds[m.Role] })), cancellation);
            await transaction.CommitAsync(cancellation);
            foreach (var (_, user) in made) existing[user.NormalizedEmail!] = user;
        }

        var accounts = new Dictionary<Organisation, ProviderAccounts>();
        foreach (var provider in providers)
            accounts[provider] = new ProviderAccounts(Account(CoordinatorEmail(provider.Name)), Account(OwnerEmail(provider.Name)));
        return accounts;

        GeneratedAccount Account(string email)
        {
            var user = existing[users.NormalizeEmail(email)];
            return new GeneratedAccount(user.Id, email, user.DisplayName);
        }
    }

    private static async Task<int> NextIdAsync(ActionPlansDb db, string table, CancellationToken cancellation)
    {
        var sql = $"SELECT COALESCE(MAX(\"Id\"), 0) + 1 AS \"Value\" FROM {BulkCopy.Quote(table)}";
        return await db.Database.SqlQueryRaw<int>(sql).SingleAsync(cancellation);
    }

    /// <summary>PostgreSQL hands out ids from a sequence that rows given their ids leave behind; it is moved past them.</summary>
    private static async Task CatchUpIdentityAsync(ActionPlansDb db, string table, CancellationToken cancellation)
    {
        if (!db.Database.IsNpgsql()) return;
        var quoted = BulkCopy.Quote(table);
        // The table's name is the model's, never input.
        var sql = $"SELECT setval(pg_get_serial_sequence('{quoted.Replace("'", "''")}', 'Id'), (SELECT MAX(\"Id\") FROM {quoted}))";
        await db.Database.ExecuteSqlRawAsync(sql, cancellation);
    }

    /// <summary>The rows of one batch, table by table in the order their keys need, with the ids they are given.</summary>
    private sealed class Rows(ActionPlansDb db, DueSoonWindow window)
    {
        // Each action's stored standings (StandingProjection), worked out as the plan is written, keyed by the action's own id.
        private readonly EntityTable _standings = new(db, typeof(StoredStanding));
        private List<object?[]> _standingRows = [];
        private readonly EntityTable _delivered = new(db, typeof(DeliveredPlan));
        private List<object?[]> _deliveredRows = [];

        private readonly Table _inspections = new(db, typeof(Inspection));
        private readonly Table _standards = new(db, typeof(StandardResult));
        private readonly Table _keyQuestions = new(db, typeof(KeyQuestionResult));
        private readonly Table _recommendations = new(db, typeof(Recommendation));
        private readonly Table _previous = new(db, typeof(PreviousRecommendation));
        private readonly Table _plans = new(db, typeof(ActionPlan));
        private readonly Table _responses = new(db, typeof(Response));
        private readonly Table _actions = new(db, typeof(PlannedAction));
        private readonly Table _updates = new(db, typeof(ProgressUpdate));
        private readonly Table _evidence = new(db, typeof(ProgressEvidence));
        private readonly Table _contents = new(db, typeof(EvidenceContent));
        private readonly Table _revisions = new(db, typeof(TargetRevision));

        /// <summary>Recommendations of this batch and the providers' latest earlier ones, which later ones repeat and judge.</summary>
        private readonly Dictionary<Recommendation, int> _recommendationIds = new(ReferenceEqualityComparer.Instance);

        private Table[] All => [_inspections, _standards, _keyQuestions, _recommendations, _previous, _plans, _responses, _actions, _updates, _evidence, _contents, _revisions];

        /// <summary>Ids go on from the largest in each table: nobody else adds plans while the generator runs.</summary>
        public async Task StartAsync(CancellationToken cancellation)
        {
            foreach (var table in All) table.Next = await NextIdAsync(db, table.Entity.Name, cancellation);
        }

        /// <summary>The rows added since the last time, table by table in <see cref="All"/>'s order.</summary>
        public List<object?[]>[] Take()
        {
            var (standings, delivered) = (_standingRows, _deliveredRows);
            (_standingRows, _deliveredRows) = ([], []);
            return [.. All.Select(t => t.Take()), standings, delivered];
        }

        public GeneratedCounts Add(ActionPlan plan, GeneratedCounts counts)
        {
            var inspection = plan.Inspection;
            var inspectionId = _inspections.Add(inspection, ("ProviderId", inspection.Provider.Id));
            foreach (var standard in inspection.Standards)
            {
                var standardId = _standards.Add(standard, ("InspectionId", inspectionId));
                foreach (var question in standard.KeyQuestions) _keyQuestions.Add(question, ("StandardResultId", standardId));
            }
            foreach (var recommendation in inspection.Recommendations)
                _recommendationIds[recommendation] = _recommendations.Add(recommendation, ("InspectionId", inspectionId), ("AddresseeId", recommendation.Addressee.Id),
                    ("RepeatedFromId", recommendation.RepeatedFrom is { } earlier ? _recommendationIds[earlier] : null));
            foreach (var previous in inspection.PreviousRecommendations)
                _previous.Add(previous, ("InspectionId", inspectionId), ("OriginalId", previous.Original is { } original ? _recommendationIds[original] : null));

            var planId = _plans.Add(plan, ("InspectionId", inspectionId));
            if (DeliveredPlan.Of(plan) is { } delivered)
            {
                delivered.PlanId = planId;
                delivered.ProviderId = inspection.Provider.Id;
                _deliveredRows.Add(_delivered.Row(delivered));
            }
            int actions = 0, updates = 0, revisions = 0, evidence = 0;
            foreach (var response in plan.Responses)
            {
                var responseId = _responses.Add(response, ("ActionPlanId", planId), ("RecommendationId", _recommendationIds[response.Recommendation]));
                foreach (var action in response.Actions)
                {
                    actions++;
                    var actionId = _actions.Add(action, ("ResponseId", responseId));
                    if (plan.IsBeingDelivered)
                        foreach (var period in new ActionProgress(plan, action).Periods(window))
                            _standingRows.Add(_standings.Row(StoredStanding.Of(actionId, planId, inspection.Provider.Id, action.AssignedTo, period)));
                    foreach (var update in action.Updates)
                    {
                        updates++;
                        var updateId = _updates.Add(update, ("PlannedActionId", actionId));
                        foreach (var piece in update.Evidence)
                        {
                            evidence++;
                            var pieceId = _evidence.Add(piece, ("ProgressUpdateId", updateId));
                            if (piece.FileName is { } file)
                                _contents.Add(new EvidenceContent { Bytes = InventedPlans.EvidenceBytes(file) }, ("ProgressEvidenceId", pieceId));
                        }
                    }
                    foreach (var revision in action.Revisions)
                    {
                        revisions++;
                        _revisions.Add(revision, ("PlannedActionId", actionId));
                    }
                }
            }
            return counts with
            {
                Plans = counts.Plans + 1,
                Recommendations = counts.Recommendations + inspection.Recommendations.Count,
                Actions = counts.Actions + actions,
                Updates = counts.Updates + updates,
                Revisions = counts.Revisions + revisions,
                Evidence = counts.Evidence + evidence,
            };
        }

        public async Task WriteAsync(List<object?[]>[] batch, CancellationToken cancellation)
        {
            var tables = All;
            for (var i = 0; i < tables.Length; i++)
            {
                await tables[i].Entity.WriteAsync(db, batch[i], cancellation);
                await CatchUpIdentityAsync(db, tables[i].Entity.Name, cancellation);
            }
            await _standings.WriteAsync(db, batch[^2], cancellation);
            await _delivered.WriteAsync(db, batch[^1], cancellation);
        }

        /// <summary>Forgets the batch's recommendations except those the next plans may repeat or judge.</summary>
        public void KeepOnly(IEnumerable<Inspection> latest)
        {
            var kept = latest.SelectMany(i => i.Recommendations).Where(_recommendationIds.ContainsKey).Select(r => (r, _recommendationIds[r])).ToList();
            _recommendationIds.Clear();
            foreach (var (recommendation, id) in kept) _recommendationIds[recommendation] = id;
        }
    }

    private sealed record Batch(List<object?[]>[] Rows, GeneratedCounts Counts);

    /// <summary>A table's pending rows and the next id it gives.</summary>
    private sealed class Table(ActionPlansDb db, Type type)
    {
        private List<object?[]> _pending = [];

        public EntityTable Entity { get; } = new(db, type);
        public int Next { get; set; }

        public List<object?[]> Take()
        {
            var taken = _pending;
            _pending = [];
            return taken;
        }

        public int Add(object entity, params ReadOnlySpan<(string Property, object? Value)> keys)
        {
            var id = Next++;
            var given = new (string, object?)[keys.Length + 1];
            given[0] = ("Id", id);
            keys.CopyTo(given.AsSpan(1));
            _pending.Add(Entity.Row(entity, given));
            return id;
        }
    }
}
