using System.Globalization;
using GpuCloud.Core.Http;

namespace GpuCloud.Benchmarks;

/// <summary>
/// An Invoke-RestMethod page loop, Get-GpuEndpoint at the default concurrency and Get-GpuEndpoint -MaxConcurrency 8, timed
/// in the same fresh pwsh process.
/// </summary>
public sealed record PwshComparison(PwshRun InvokeRestMethod, PwshRun GetGpuEndpoint, PwshRun GetGpuEndpointConcurrency8, double ImportModuleMs, PairedRatio PerRepetition)
{
    public double Ratio => InvokeRestMethod.WallMs / GetGpuEndpoint.WallMs;

    public double RatioAtConcurrency8 => InvokeRestMethod.WallMs / GetGpuEndpointConcurrency8.WallMs;

    /// <summary>The report's lines for this comparison; the 5x target is judged only at 50 ms, where the issue sets it.</summary>
    public string Describe(string pwsh, int latencyMs)
    {
        var target = latencyMs != 50 ? "info" : Ratio >= 5 ? "PASS" : "MISS";
        var target8 = latencyMs != 50 ? "info" : RatioAtConcurrency8 >= 5 ? "PASS" : "MISS";
        return string.Format(CultureInfo.InvariantCulture,
            "in one pwsh process ({0}), {1:N0} items @ {2} ms: Invoke-RestMethod loop {3:0} ms ({4:0.0} ms a page, first object {5:0} ms); Get-GpuEndpoint {6:0} ms (first object {7:0} ms), {8:0.0}x faster; -MaxConcurrency 8 {9:0} ms, {10:0.0}x faster; Import-Module {11:0} ms"
            + Environment.NewLine + "  per repetition (each Invoke-RestMethod loop over the Get-GpuEndpoint run that followed it): {12:0.00}x at the median, {13:0.00}x to {14:0.00}x over {15} pairs"
            + Environment.NewLine + "  {16} 10,000 @ {2} ms, default concurrency: >= 5x faster than the Invoke-RestMethod loop in the same pwsh: {8:0.00}x{18}"
            + Environment.NewLine + "  {17} 10,000 @ {2} ms, -MaxConcurrency 8: >= 5x faster than the Invoke-RestMethod loop in the same pwsh: {10:0.00}x{19}",
            pwsh, GetGpuEndpoint.Items, latencyMs, InvokeRestMethod.WallMs, InvokeRestMethod.WallMs / Math.Max(1, ListingPaths.PagesOf(InvokeRestMethod.Items)), InvokeRestMethod.FirstMs,
            GetGpuEndpoint.WallMs, GetGpuEndpoint.FirstMs, Ratio, GetGpuEndpointConcurrency8.WallMs, RatioAtConcurrency8, ImportModuleMs,
            PerRepetition.Median, PerRepetition.Lowest, PerRepetition.Highest, PerRepetition.Pairs, target, target8,
            Ceiling(RequestOptions.DefaultMaxConcurrency, latencyMs), Ceiling(8, latencyMs));
    }

    /// <summary>What the loop's time allows at best: the fewest round trips at that many in flight, each of the injected latency alone.</summary>
    private string Ceiling(int inFlight, int latencyMs)
    {
        if (latencyMs <= 0)
        {
            return "";
        }

        var roundTrips = ListingPaths.FewestRoundTrips(GetGpuEndpoint.Items, inFlight);
        return string.Format(CultureInfo.InvariantCulture, " (a first page read alone, then {0} in flight, takes at least {1} round trips of {2} ms: at most {3:0.00}x against this loop)",
            inFlight, roundTrips, latencyMs, InvokeRestMethod.WallMs / (roundTrips * (double)latencyMs));
    }
}
