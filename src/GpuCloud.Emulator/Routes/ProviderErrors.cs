using GpuCloud.Emulator.Json;
using GpuCloud.Emulator.Models.ModelArts;
using GpuCloud.Emulator.Models.Ppio;
using GpuCloud.Emulator.Models.Scnet;

namespace GpuCloud.Emulator.Routes;

/// <summary>Error answers in each provider's own shape.</summary>
internal static class ProviderErrors
{
    public static Task PpioAsync(HttpContext context, int status, string reason, string message) =>
        JsonResponses.WriteAsync(context, status, new PpioError { Code = status, Reason = reason, Message = message }, WireJson.Ppio.PpioError);

    public static Task ScnetAsync(HttpContext context, string code, string msg, int status = StatusCodes.Status200OK) =>
        JsonResponses.WriteAsync(context, status, new ScnetEnvelope<string> { Code = code, Msg = msg, Data = null }, WireJson.Scnet.ScnetEnvelopeString);

    public static Task ModelArtsAsync(HttpContext context, int status, string errorCode, string errorMsg, bool fromGateway = false) =>
        JsonResponses.WriteAsync(context, status, new ModelArtsError
        {
            ErrorCode = errorCode,
            ErrorMsg = errorMsg,
            RequestId = fromGateway ? RequestIds.For(context) : null,
        }, WireJson.ModelArts.ModelArtsError);

    public static Task NotFoundAsync(HttpContext context)
    {
        var what = $"{context.Request.Method} {context.Request.Path}";
        return ProviderPaths.Of(context.Request.Path) switch
        {
            Provider.Scnet => ScnetAsync(context, "10004", $"path not found: {what}", StatusCodes.Status404NotFound),
            Provider.ModelArts => ModelArtsAsync(context, 404, "APIGW.0101", $"The API does not exist or has not been published in the environment: {what}", fromGateway: true),
            _ => PpioAsync(context, 404, "NOT_FOUND", $"no such route: {what}"),
        };
    }

    public static Task MethodNotAllowedAsync(HttpContext context)
    {
        var what = $"method {context.Request.Method} is not allowed on {context.Request.Path}";
        return ProviderPaths.Of(context.Request.Path) switch
        {
            Provider.Scnet => ScnetAsync(context, "10004", what, StatusCodes.Status405MethodNotAllowed),
            Provider.ModelArts => ModelArtsAsync(context, 405, "APIGW.0101", what, fromGateway: true),
            _ => PpioAsync(context, 405, "METHOD_NOT_ALLOWED", what),
        };
    }

    public static Task ThrottledAsync(HttpContext context, int retryAfterSeconds)
    {
        context.Response.Headers.RetryAfter = Math.Max(0, retryAfterSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ProviderPaths.Of(context.Request.Path) switch
        {
            Provider.Scnet => ScnetAsync(context, "10001", "too many requests, please retry later", StatusCodes.Status429TooManyRequests),
            Provider.ModelArts => ModelArtsAsync(context, 429, "APIGW.0308", "The throttling threshold has been reached: policy user over ratelimit", fromGateway: true),
            _ => PpioAsync(context, 429, "TOO_MANY_REQUESTS", "too many requests, please retry later"),
        };
    }

    /// <summary>500, 502, 503 or 504 (other values are answered as 500).</summary>
    public static Task ServerErrorAsync(HttpContext context, int status)
    {
        status = status is 500 or 502 or 503 or 504 ? status : 500;
        var (ppioReason, text) = status switch
        {
            502 => ("BAD_GATEWAY", "bad gateway"),
            503 => ("SERVICE_UNAVAILABLE", "service unavailable"),
            504 => ("GATEWAY_TIMEOUT", "gateway timeout"),
            _ => ("INTERNAL_SERVER_ERROR", "internal server error"),
        };
        return ProviderPaths.Of(context.Request.Path) switch
        {
            Provider.Scnet => ScnetAsync(context, "10001", text, status),
            Provider.ModelArts => status == 500
                ? ModelArtsAsync(context, 500, "ModelArts.0001", "Internal error.")
                : ModelArtsAsync(context, status, status == 504 ? "APIGW.0202" : "APIGW.0201", $"Backend {text}", fromGateway: true),
            _ => PpioAsync(context, status, ppioReason, text),
        };
    }
}
