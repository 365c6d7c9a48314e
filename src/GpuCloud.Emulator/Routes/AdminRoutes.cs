using System.Text.Json;
using GpuCloud.Emulator.Json;
using GpuCloud.Emulator.Models.Admin;

namespace GpuCloud.Emulator.Routes;

/// <summary>Unauthenticated control paths for tests and benchmarks; faults never apply here.</summary>
internal sealed class AdminRoutes(EmulatorRuntime runtime)
{
    public const string StatePath = "/_emulator/state";
    public const string FaultsPath = "/_emulator/faults";
    public const string ResetPath = "/_emulator/reset";
    public const string ExpireTokensPath = "/_emulator/expire-tokens";

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(StatePath, GetStateAsync);
        routes.MapPost(FaultsPath, SetFaultsAsync);
        routes.MapPost(ResetPath, ResetAsync);
        routes.MapPost(ExpireTokensPath, ExpireTokensAsync);
    }

    private Task GetStateAsync(HttpContext context)
    {
        var state = runtime.State;
        return JsonResponses.WriteAsync(context, 200, new AdminState
        {
            Seed = runtime.Options.Seed,
            Items = runtime.Options.Items,
            Requests = runtime.Counters.RequestSnapshot(),
            TotalRequests = runtime.Counters.TotalRequests,
            PeakInFlight = runtime.Counters.PeakInFlight,
            Faults = runtime.Counters.FaultSnapshot(),
            Listings = Enum.GetValues<Listing>().ToDictionary(l => l.ToString(), state.Count),
            FaultOptions = runtime.Options.Faults,
        }, AdminJsonContext.Default.AdminState);
    }

    private async Task SetFaultsAsync(HttpContext context)
    {
        FaultOptions? faults;
        try
        {
            // An empty body clears every fault.
            faults = context.Request.ContentLength == 0 ? new FaultOptions() : await JsonSerializer.DeserializeAsync(context.Request.Body, AdminJsonContext.Default.FaultOptions, context.RequestAborted);
        }
        catch (JsonException exception)
        {
            await JsonResponses.WriteAsync(context, 400, new AdminResult { Ok = false, Message = "invalid FaultOptions JSON: " + exception.Message }, AdminJsonContext.Default.AdminResult);
            return;
        }
        runtime.Options.Faults = faults ?? new FaultOptions();
        await JsonResponses.WriteAsync(context, 200, new AdminResult { Message = "faults replaced" }, AdminJsonContext.Default.AdminResult);
    }

    private Task ResetAsync(HttpContext context)
    {
        runtime.Faults.Reset();
        runtime.State.Rebuild();
        return JsonResponses.WriteAsync(context, 200, new AdminResult { Message = "faults and counters cleared, data rebuilt from seed" }, AdminJsonContext.Default.AdminResult);
    }

    private Task ExpireTokensAsync(HttpContext context)
    {
        var count = runtime.ExpireAllTokens();
        return JsonResponses.WriteAsync(context, 200, new AdminResult { Message = $"{count} tokens expired" }, AdminJsonContext.Default.AdminResult);
    }
}
