using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace ActionPlans.Web.Features.OpenData;

/// <summary>
/// An answer whose ETag is a hash of its body, so a caller that already holds the body gets 304 and nothing
/// more. The body differs by who asks, so it is revalidated every time and never shared between callers.
/// </summary>
public sealed class TaggedBody(byte[] body, string contentType) : IResult
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TaggedBody JsonOf<T>(T value) => new(JsonSerializer.SerializeToUtf8Bytes(value, Json), "application/json; charset=utf-8");

    public string? FileName { get; init; }

    public async Task ExecuteAsync(HttpContext http)
    {
        var tag = new EntityTagHeaderValue("\"" + Convert.ToBase64String(SHA256.HashData(body)).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = tag;
        headers.CacheControl = new CacheControlHeaderValue { Private = true, NoCache = true };
        http.Response.Headers.Vary = "Cookie";
        if (http.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false)))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        if (FileName is not null) headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = FileName };
        http.Response.ContentType = contentType;
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }
}
