namespace GpuCloud.Benchmarks;

/// <summary>
/// The Invoke-RestMethod loop's wall time over Get-GpuEndpoint's, repetition by repetition (the two take turns, so each
/// pair ran back to back on the same machine state): how far the ratio strays from run to run, not only its median.
/// </summary>
public sealed record PairedRatio(int Pairs, double Median, double Lowest, double Highest)
{
    public static PairedRatio Of(IReadOnlyList<double> slower, IReadOnlyList<double> faster)
    {
        var ratios = slower.Zip(faster, (s, f) => s / f).ToList();
        return ratios.Count == 0
            ? new PairedRatio(0, 0, 0, 0)
            : new PairedRatio(ratios.Count, Harness.Median(ratios), ratios.Min(), ratios.Max());
    }
}
