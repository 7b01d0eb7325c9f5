using ActionPlans.Core.Progress;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>
/// Lets a form carry as much evidence as an update may hold (the most pieces, each as large as the policy
/// allows, and the rest of the form), so that a file over the policy's size reaches the page and gets the
/// policy's message beside the field. A request larger still is answered with the service's own
/// "too large" page, never a bare 413 or 400.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EvidenceUploadLimit : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public const long Bytes = UpdateContent.EvidenceMaxCount * EvidencePolicy.DefaultMaxSize + 1024 * 1024;

    // Before the anti-forgery check (order 1000), which is the first to read the form.
    public int Order => 900;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body) body.MaxRequestBodySize = Bytes;
        if (!http.Request.HasFormContentType) return;
        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = Bytes }));
        try
        {
            await http.Request.ReadFormAsync();
        }
        catch (BadHttpRequestException e)
        {
            context.Result = new StatusCodeResult(e.StatusCode);
        }
        catch (InvalidDataException)
        {
            // A form the browser did not build: broken multipart boundaries or headers.
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
        }
    }
}
