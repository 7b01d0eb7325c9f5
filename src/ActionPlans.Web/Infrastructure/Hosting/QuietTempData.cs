using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.ViewFeatures.Infrastructure;
using Microsoft.Extensions.Options;

namespace ActionPlans.Web.Infrastructure.Hosting;

/// <summary>
/// TempData in a cookie, as ASP.NET Core keeps it, except that a response with nothing to keep and no cookie to clear
/// sets none: the layout reads TempData on every page, and the plain provider then clears a cookie the visitor never had,
/// which would put a Set-Cookie on every public page and keep it out of shared caches.
/// </summary>
internal sealed class QuietTempData(IDataProtectionProvider protection, ILoggerFactory logs, IOptions<CookieTempDataProviderOptions> options, TempDataSerializer serializer)
    : ITempDataProvider
{
    private readonly CookieTempDataProvider _cookie = new(protection, logs, options, serializer);

    public IDictionary<string, object> LoadTempData(HttpContext context) => _cookie.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(options.Value.Cookie.Name!)) return;
        _cookie.SaveTempData(context, values);
    }
}
