using System.Collections.Concurrent;
using System.Diagnostics;
using GpuCloud.Emulator;

namespace GpuCloud.Core.Tests.Emulator;

public sealed class LatencyClockTests
{
    [Fact]
    public async Task Delays_end_in_the_order_they_are_due_and_never_early()
    {
        var ended = new ConcurrentQueue<int>();
        var clock = Stopwatch.StartNew();
        var delays = new[] { 120, 40, 80 }.Select(async ms =>
        {
            await LatencyClock.Shared.DelayAsync(TimeSpan.FromMilliseconds(ms), CancellationToken.None);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            ended.Enqueue(ms);
            return (ms, elapsed);
        }).ToArray();

        var results = await Task.WhenAll(delays);

        Assert.Equal(new[] { 40, 80, 120 }, ended);
        Assert.All(results, result => Assert.True(result.elapsed >= result.ms, $"{result.ms} ms ended after {result.elapsed:0.00} ms"));
    }

    [Fact]
    public async Task A_cancelled_delay_ends_at_once_and_the_others_still_end()
    {
        using var cancel = new CancellationTokenSource();
        var longOne = LatencyClock.Shared.DelayAsync(TimeSpan.FromSeconds(30), cancel.Token);
        var shortOne = LatencyClock.Shared.DelayAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None);

        cancel.CancelAfter(50);
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => longOne);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the cancelled delay waited " + clock.Elapsed);
        await shortOne;
    }

    [Fact]
    public async Task Many_delays_due_at_the_same_moment_all_end()
    {
        var delays = Enumerable.Range(0, 500).Select(_ => LatencyClock.Shared.DelayAsync(TimeSpan.FromMilliseconds(15), CancellationToken.None));

        var all = Task.WhenAll(delays);

        Assert.Same(all, await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(10))));
    }
}
