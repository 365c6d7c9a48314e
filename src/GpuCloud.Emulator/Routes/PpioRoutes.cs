using GpuCloud.Emulator.Data;
using GpuCloud.Emulator.Json;
using GpuCloud.Emulator.Models.Ppio;

namespace GpuCloud.Emulator.Routes;

/// <summary>PPIO GPU instance OpenAPI: endpoint list and image prewarm tasks.</summary>
internal sealed class PpioRoutes(EmulatorRuntime runtime)
{
    public const string EndpointsPath = "/gpu-instance/openapi/v1/endpoint";
    public const string PrewarmPath = "/gpu-instance/openapi/v1/image/prewarm";

    private static readonly string[] PrewarmStates = ["Pending", "Running", "Succeeded", "Failed"];

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(EndpointsPath, ListEndpointsAsync);
        routes.MapGet(PrewarmPath, ListPrewarmTasksAsync);
    }

    private async Task ListEndpointsAsync(HttpContext context)
    {
        if (!await AuthorizeAsync(context))
        {
            return;
        }
        var options = runtime.Options;
        var request = context.Request;
        if (!QueryInt.TryRead(request, "pageSize", 10, out var pageSize, out var error)
            || !QueryInt.TryRead(request, "pageNum", options.PpioPageNumBase, out var pageNum, out error))
        {
            await BadArgumentAsync(context, error!);
            return;
        }
        if (pageSize <= 0)
        {
            await BadArgumentAsync(context, $"pageSize must be greater than 0, got {pageSize}");
            return;
        }
        if (pageNum < 0)
        {
            await BadArgumentAsync(context, $"pageNum must not be negative, got {pageNum}");
            return;
        }
        if (pageNum < options.PpioPageNumBase)
        {
            await BadArgumentAsync(context, $"pageNum must be at least {options.PpioPageNumBase}, got {pageNum}");
            return;
        }

        pageSize = Math.Min(pageSize, Math.Max(1, options.PpioMaxPageSize));
        var listing = runtime.State.Data.Endpoints;
        var entries = listing.Entries;
        var start = PageStart(pageNum - options.PpioPageNumBase, pageSize);
        var page = listing.Page(entries, start, pageSize, WireJson.Ppio.PpioEndpoint);

        runtime.Faults.MutateAfterPage(context.Request.Path.Value ?? "", listing);
        await JsonResponses.WriteAsync(context, 200, new PpioEndpointPage { Endpoints = page, Total = entries.Count }, WireJson.Ppio.PpioEndpointPage);
    }

    private async Task ListPrewarmTasksAsync(HttpContext context)
    {
        if (!await AuthorizeAsync(context))
        {
            return;
        }
        var request = context.Request;
        if (!QueryInt.TryRead(request, "page", 1, out var pageNumber, out var error)
            || !QueryInt.TryRead(request, "pageSize", 10, out var pageSize, out error))
        {
            await BadArgumentAsync(context, error!);
            return;
        }
        if (pageNumber < 1)
        {
            await BadArgumentAsync(context, $"page must be at least 1, got {pageNumber}");
            return;
        }
        if (pageSize <= 0)
        {
            await BadArgumentAsync(context, $"pageSize must be greater than 0, got {pageSize}");
            return;
        }

        var state = request.Query["state"].ToString();
        if (state.Length > 0)
        {
            var known = PrewarmStates.FirstOrDefault(s => string.Equals(s, state, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                await BadArgumentAsync(context, $"state must be one of Pending, Running, Succeeded, Failed, got '{state}'");
                return;
            }
            state = known;
        }
        var clusterId = request.Query["clusterId"].ToString();
        var name = request.Query["name"].ToString();

        pageSize = Math.Min(pageSize, Math.Max(1, runtime.Options.PpioMaxPageSize));
        var listing = runtime.State.Data.PrewarmTasks;
        var matching = state.Length == 0 && clusterId.Length == 0 && name.Length == 0
            ? listing.Entries
            : listing.Where(state + "\n" + clusterId + "\n" + name, task => (state.Length == 0 || task.State == state)
                && (clusterId.Length == 0 || string.Equals(task.ClusterId, clusterId, StringComparison.OrdinalIgnoreCase))
                && (name.Length == 0 || task.ImageName.Contains(name, StringComparison.OrdinalIgnoreCase) || task.Note.Contains(name, StringComparison.OrdinalIgnoreCase)));

        var start = PageStart(pageNumber - 1, pageSize);
        var page = listing.Page(matching, start, pageSize, WireJson.Ppio.PpioPrewarmTask);
        runtime.Faults.MutateAfterPage(context.Request.Path.Value ?? "", listing);
        await JsonResponses.WriteAsync(context, 200, new PpioPrewarmPage { Data = page, Total = matching.Count }, WireJson.Ppio.PpioPrewarmPage);
    }

    /// <summary>Bearer key check: 401 when missing or not a Bearer header, 403 when the key is wrong.</summary>
    private async Task<bool> AuthorizeAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || header.Length == prefix.Length)
        {
            await ProviderErrors.PpioAsync(context, 401, "INVALID_API_KEY", "invalid api-key");
            return false;
        }
        if (!string.Equals(header[prefix.Length..].Trim(), runtime.Options.PpioApiKey, StringComparison.Ordinal))
        {
            await ProviderErrors.PpioAsync(context, 403, "INVALID_API_KEY", "invalid api-key");
            return false;
        }
        return true;
    }

    /// <summary>Index of a page's first item, saturating instead of overflowing for absurd page numbers.</summary>
    private static long PageStart(long pageIndex, long pageSize) =>
        pageIndex > int.MaxValue ? long.MaxValue : pageIndex * pageSize;

    private static Task BadArgumentAsync(HttpContext context, string message) =>
        ProviderErrors.PpioAsync(context, 400, "INVALID_ARGUMENT", message);
}
