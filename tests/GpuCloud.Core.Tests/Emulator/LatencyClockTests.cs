using System.Collections.Concurrent;
using System.Diagnostics;
using GpuCloud.Emulator;

namespace GpuCloud.Core.Tests.Emulator;

public sealed class LatencyClockTests
{
    [Fact]
    public async Task Delays_are_released_in_the_order_they_are_due_and_never_early()
    {
        // Recorded on the clock's thread as it releases each delay: when the awaiting code then runs is up to the thread
        // pool (on a busy machine two of them can run at once, in either order), and is not what the clock promises.
        var released = new ConcurrentQueue<(long DueAt, long At)>();
        var clock = new LatencyClock(dueAt => released.Enqueue((dueAt, Stopwatch.GetTimestamp())));

        await Task.WhenAll(new[] { 120, 40, 80 }.Select(ms => clock.DelayAsync(TimeSpan.FromMilliseconds(ms), CancellationToken.None)));

        var order = released.ToList();
        Assert.Equal(3, order.Count);
        Assert.Equal(order.Select(r => r.DueAt).Order(), order.Select(r => r.DueAt));
        Assert.All(order, r => Assert.True(r.At >= r.DueAt, $"released {(r.DueAt - r.At) * 1000.0 / Stopwatch.Frequency:0.00} ms early"));
    }

    [Fact]
    public async Task Each_delay_lasts_at_least_as_long_as_asked()
    {
        var clock = Stopwatch.StartNew();
        var delays = new[] { 120, 40, 80 }.Select(async ms =>
        {
            await LatencyClock.Shared.DelayAsync(TimeSpan.FromMilliseconds(ms), CancellationToken.None);
            return (ms, elapsed: clock.Elapsed.TotalMilliseconds);
        }).ToArray();

        var results = await Task.WhenAll(delays);

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
