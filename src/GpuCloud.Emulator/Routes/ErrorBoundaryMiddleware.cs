namespace GpuCloud.Emulator.Routes;

/// <summary>
/// Outermost middleware: stamps ModelArts answers with X-Request-Id, turns unhandled exceptions into a
/// provider-shaped 500 (never a stack trace) and gives bodiless 405s the provider's error shape.
/// </summary>
internal sealed class ErrorBoundaryMiddleware(RequestDelegate next, ILogger<ErrorBoundaryMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (ProviderPaths.Of(context.Request.Path) == Provider.ModelArts)
        {
            context.Response.Headers["X-Request-Id"] = RequestIds.For(context);
        }

        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
            if (context.Response.HasStarted)
            {
                context.Abort();
                return;
            }
            context.Response.Clear();
            if (ProviderPaths.Of(context.Request.Path) == Provider.ModelArts)
            {
                context.Response.Headers["X-Request-Id"] = RequestIds.For(context);
            }
            await ProviderErrors.ServerErrorAsync(context, StatusCodes.Status500InternalServerError);
            return;
        }

        if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed && !context.Response.HasStarted)
        {
            await ProviderErrors.MethodNotAllowedAsync(context);
        }
    }
}
