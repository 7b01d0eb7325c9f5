using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ActionPlans.Web.Features.Publishing;

/// <summary>
/// The public pages of published plans and inspections, cheap to serve to the public: each anonymous answer carries a
/// strong entity tag read from the database (<see cref="PublicPageStamp"/>), so a client that has the page gets a 304,
/// and is kept for a few seconds in this instance's output cache, emptied when this instance saves a change
/// (<see cref="CachedPagesEviction"/>). Signed-in people see links and forms of their own: their answers are never
/// cached, neither here nor by the browser, and never answered from the public copy.
/// </summary>
public static class PublicPages
{
    /// <summary>
    /// How long an instance keeps a page. A change saved through another instance is shown here after at most this;
    /// an entity tag asked about here is checked against the database, so it is never older than the database.
    /// </summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(10);

    /// <summary>The pages, with whether their id is an inspection's (otherwise a plan's).</summary>
    private static readonly (string Page, bool OfInspection)[] Pages =
    [
        ("/Plans/Details", false),
        ("/Monitoring/PlanDelivery", false),
        ("/Publishing/ProgressReport", false),
        ("/Publishing/PublishedReport", false),
        ("/Inspections/Details", true),
    ];

    private static readonly object Cacheable = new();

    public static IServiceCollection AddPublicPages(this IServiceCollection services)
    {
        services.AddOutputCache();
        // ASP.NET Core's own store, in memory, behind one that refuses copies made before the latest eviction.
        var memory = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(memory);
        services.AddSingleton(s => new SettledStore((IOutputCacheStore)memory.ImplementationFactory!(s)));
        services.AddSingleton<IOutputCacheStore>(s => s.GetRequiredService<SettledStore>());
        services.AddScoped<PublicPageStamp>();
        services.AddSingleton<IInterceptor, CachedPagesEviction>();
        return services;
    }

    public static void Apply(PageConventionCollection conventions)
    {
        foreach (var (page, ofInspection) in Pages)
            conventions.AddPageApplicationModelConvention(page, model =>
            {
                model.Filters.Add(new Tagged(ofInspection));
                model.EndpointMetadata.Add(AnonymousOnly.Instance);
            });
    }

    /// <summary>Tags an anonymous view of a public page, answers 304 when the client's copy is current, and marks signed-in answers private.</summary>
    private sealed class Tagged(bool ofInspection) : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            var http = context.HttpContext;
            // Downloads (other handlers) and forms are left as they are.
            if (context.HandlerMethod?.Name is not null || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
            {
                await next();
                return;
            }
            if (http.User.Identity?.IsAuthenticated == true)
            {
                // As anti-forgery would set it for the sign-out form, which it would otherwise warn of overriding.
                http.Response.Headers.CacheControl = "no-cache, no-store";
                await next();
                return;
            }
            var stamp = http.RequestServices.GetRequiredService<PublicPageStamp>();
            var id = Convert.ToInt32(context.RouteData.Values["id"], System.Globalization.CultureInfo.InvariantCulture);
            if ((ofInspection ? await stamp.OfInspectionAsync(id) : await stamp.OfPlanAsync(id)) is not { } tag)
            {
                // Not public: the page refuses, and nothing of the answer is kept.
                http.Response.Headers.CacheControl = "no-store";
                await next();
                return;
            }
            var ours = new EntityTagHeaderValue(tag);
            if (http.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false)))
            {
                Describe(http.Response, tag);
                context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
                return;
            }
            var executed = await next();
            // A refusal (a day out of range, an unknown report) is not the page.
            if (executed.Result is not PageResult || http.Response.StatusCode != StatusCodes.Status200OK) return;
            Describe(http.Response, tag);
            http.Items[Cacheable] = true;
        }

        /// <summary>Anyone may keep the page, asking each time whether it is still current; a signed-in request is a different answer.</summary>
        private static void Describe(HttpResponse response, string tag)
        {
            response.Headers.ETag = tag;
            response.Headers.CacheControl = "public, no-cache";
            response.Headers.Vary = HeaderNames.Cookie;
        }
    }

    /// <summary>Looks up and keeps anonymous answers only, one per address and UK day, and only the pages <see cref="Tagged"/> marked.</summary>
    private sealed class AnonymousOnly : IOutputCachePolicy
    {
        public static readonly AnonymousOnly Instance = new();

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var anonymous = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                && http.User.Identity?.IsAuthenticated != true && StringValues.IsNullOrEmpty(http.Request.Headers.Authorization);
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = anonymous;
            context.AllowCacheStorage = anonymous;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = Expiry;
            context.CacheVaryByRules.VaryByHost = true;
            context.CacheVaryByRules.QueryKeys = "*";
            // Delivery as at today moves with the day.
            context.CacheVaryByRules.VaryByValues["day"] = http.RequestServices.GetRequiredService<TimeProvider>().TodayInUk().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            context.Tags.Add(CachedPagesEviction.Tag);
            context.Tags.Add(http.RequestServices.GetRequiredService<SettledStore>().GenerationTag);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            if (http.Response.StatusCode != StatusCodes.Status200OK || !http.Items.ContainsKey(Cacheable) || !StringValues.IsNullOrEmpty(http.Response.Headers.SetCookie))
                context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>
    /// A page read from the database before a change was saved may be finished after the change evicted the cache: it
    /// would then be kept, stale, until it expires. Each request is tagged with the eviction count at its start, and a
    /// copy made before the latest eviction is not kept.
    /// </summary>
    private sealed class SettledStore(IOutputCacheStore memory) : IOutputCacheStore
    {
        private const string Generation = "generation:";
        private readonly Lock _gate = new();
        private long _evictions;

        public string GenerationTag => Generation + Interlocked.Read(ref _evictions).ToString(System.Globalization.CultureInfo.InvariantCulture);

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => memory.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            // The memory store sets and evicts at once, so under the gate an eviction cannot fall between the check and the set.
            lock (_gate)
            {
                if (tags?.FirstOrDefault(t => t.StartsWith(Generation, StringComparison.Ordinal)) is { } made && made != GenerationTag) return ValueTask.CompletedTask;
                return memory.SetAsync(key, value, tags, validFor, cancellationToken);
            }
        }

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                Interlocked.Increment(ref _evictions);
                return memory.EvictByTagAsync(tag, cancellationToken);
            }
        }
    }
}
