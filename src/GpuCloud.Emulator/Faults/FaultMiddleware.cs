using GpuCloud.Emulator.Routes;
using Microsoft.AspNetCore.Routing;

namespace GpuCloud.Emulator;

/// <summary>Counts requests per route and injects the request-level faults (never on /_emulator/*).</summary>
internal sealed class FaultMiddleware(RequestDelegate next, EmulatorRuntime runtime)
{
    /// <summary>Written before the JSON of a malformed body (the anti-JSON-hijacking prefix some gateways add).</summary>
    private static readonly byte[] MalformedPrefix = ")]}',\n"u8.ToArray();

    public const string UnmatchedRoute = "(unmatched)";

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (FaultInjector.IsAdminPath(path))
        {
            await next(context);
            return;
        }

        runtime.Counters.CountRequest(RouteOf(context));
        runtime.Counters.RequestStarted();
        try
        {
            await ServeAsync(context, path);
        }
        finally
        {
            runtime.Counters.RequestEnded();
        }
    }

    private async Task ServeAsync(HttpContext context, string path)
    {
        var faults = runtime.Faults;
        var options = faults.Current;

        var delay = faults.LatencyFor(path);
        if (delay > TimeSpan.Zero)
        {
            await LatencyClock.Shared.DelayAsync(delay, context.RequestAborted);
        }

        if (faults.Fires(FaultKind.Throttle, options.Throttle, path))
        {
            await ProviderErrors.ThrottledAsync(context, options.RetryAfterSeconds);
            return;
        }
        if (faults.Fires(FaultKind.ServerError, options.ServerError, path))
        {
            await ProviderErrors.ServerErrorAsync(context, options.ServerErrorStatus);
            return;
        }
        if (faults.Fires(FaultKind.DropConnection, options.DropConnection, path))
        {
            context.Abort();
            return;
        }

        var truncate = faults.Fires(FaultKind.TruncatedBody, options.TruncatedBody, path);
        var malform = !truncate && faults.Fires(FaultKind.MalformedBody, options.MalformedBody, path);
        if (!truncate && !malform)
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.ToArray();
        if (truncate)
        {
            // No Content-Length: the response ends cleanly after half of the JSON.
            context.Response.ContentLength = null;
            await original.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted);
        }
        else
        {
            context.Response.ContentLength = MalformedPrefix.Length + body.Length;
            await original.WriteAsync(MalformedPrefix, context.RequestAborted);
            await original.WriteAsync(body, context.RequestAborted);
        }
    }

    private static string RouteOf(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern } && !pattern.Contains('*')
            ? (pattern.StartsWith('/') ? pattern : "/" + pattern)
            : UnmatchedRoute;
}
