using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace GpuCloud.Emulator.Routes;

internal static class JsonResponses
{
    public const string ContentType = "application/json; charset=utf-8";

    public static Task WriteAsync<T>(HttpContext context, int status, T value, JsonTypeInfo<T> typeInfo)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }
}
