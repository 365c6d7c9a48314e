using System.Diagnostics;
using GpuCloud.Emulator;

namespace GpuCloud.Benchmarks;

/// <summary>
/// How long a wait of the injected latency really takes on this machine: <c>Task.Delay</c> against the emulator's
/// <see cref="LatencyClock"/>, which is what the emulator waits with (medians and highest of a few dozen waits).
/// </summary>
public sealed record LatencyPrecision(int LatencyMs, double TaskDelayMedianMs, double TaskDelayMaxMs, double LatencyClockMedianMs, double LatencyClockMaxMs)
{
    public static async Task<LatencyPrecision> MeasureAsync(int latencyMs, int samples = 40)
    {
        var delay = TimeSpan.FromMilliseconds(latencyMs);
        var taskDelay = await TimeAsync(() => Task.Delay(delay), samples);
        var latencyClock = await TimeAsync(() => LatencyClock.Shared.DelayAsync(delay, CancellationToken.None), samples);
        return new LatencyPrecision(latencyMs, Harness.Median(taskDelay), taskDelay.Max(), Harness.Median(latencyClock), latencyClock.Max());
    }

    public override string ToString() => string.Format(System.Globalization.CultureInfo.InvariantCulture,
        "a wait of {0} ms took {1:0.00} ms at the median (highest {2:0.00}) with Task.Delay, {3:0.00} ms (highest {4:0.00}) with the emulator's latency clock",
        LatencyMs, TaskDelayMedianMs, TaskDelayMaxMs, LatencyClockMedianMs, LatencyClockMaxMs);

    private static async Task<List<double>> TimeAsync(Func<Task> wait, int samples)
    {
        var times = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var clock = Stopwatch.StartNew();
            await wait();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }
}
