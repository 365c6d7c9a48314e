using System.Collections.Concurrent;
using GpuCloud.Core.Paging;
using GpuCloud.Emulator;

namespace GpuCloud.Core.Tests.Paging;

public sealed class OrderedWindowTests
{
    [Fact]
    public async Task Results_come_back_in_the_order_added_with_at_most_the_bound_running()
    {
        var window = new OrderedWindow<int, int>();
        var running = new ConcurrencyGauge();
        var results = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            var item = i;
            window.Add(item, async () =>
            {
                running.Enter();
                await Task.Delay(item % 3 == 0 ? 40 : 2);
                running.Exit();
                return item * 10;
            });
            await window.DrainAsync(2, (_, result) => results.Add(result), (_, failure) => throw failure);
        }

        await window.DrainAsync(0, (_, result) => results.Add(result), (_, failure) => throw failure);

        Assert.Equal(Enumerable.Range(0, 30).Select(i => i * 10), results);
        Assert.InRange(running.Peak, 2, 3);
        Assert.Equal(0, window.Count);
    }

    [Fact]
    public async Task A_slow_request_does_not_hold_back_the_ones_after_it_and_at_most_twice_the_bound_are_held()
    {
        var slow = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var window = new OrderedWindow<int, int>();
        var started = new ConcurrentQueue<int>();
        var results = new List<int>();
        var adding = Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                var item = i;
                window.Add(item, () =>
                {
                    started.Enqueue(item);
                    return item == 0 ? slow.Task : Task.FromResult(item);
                });
                await window.DrainAsync(1, (_, result) => results.Add(result), (_, failure) => throw failure);
            }

            await window.DrainAsync(0, (_, result) => results.Add(result), (_, failure) => throw failure);
        });

        // A bound of 2: request 0 is held, the ones after it come in at once, until 0 and three more (four, twice the bound) are held.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (started.Count < 4 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        await Task.Delay(200);
        var startedWhileHeld = started.OrderBy(i => i).ToArray();
        slow.SetResult(0);
        await adding;

        Assert.Equal(new[] { 0, 1, 2, 3 }, startedWhileHeld);
        Assert.Equal(Enumerable.Range(0, 10), results);
    }

    [Fact]
    public async Task Requests_finishing_on_other_threads_while_it_looks_at_them_are_all_handed_back_in_order()
    {
        // Each request ends on a thread-pool thread a moment after it starts, so the oldest one often comes in between
        // the window seeing it still running and choosing what to wait on.
        var window = new OrderedWindow<int, int>();
        var results = new List<int>();
        for (var i = 0; i < 200_000; i++)
        {
            var item = i;
            window.Add(item, () => Task.Run(() =>
            {
                Thread.SpinWait(item % 7);
                return item;
            }));
            await window.DrainAsync(1, (_, result) => results.Add(result), (_, failure) => throw failure);
        }

        await window.DrainAsync(0, (_, result) => results.Add(result), (_, failure) => throw failure);

        Assert.Equal(Enumerable.Range(0, 200_000), results);
    }

    [Fact]
    public async Task A_failed_request_is_reported_in_its_place_and_the_rest_go_on()
    {
        var window = new OrderedWindow<string, string>();
        var written = new List<string>();
        foreach (var id in new[] { "a", "bad", "c" })
        {
            window.Add(id, () => id == "bad" ? Task.FromException<string>(new InvalidOperationException("no such id")) : Task.FromResult(id.ToUpperInvariant()));
        }

        await window.DrainAsync(0, (_, result) => written.Add(result), (id, failure) => written.Add(id + ": " + failure.Message));

        Assert.Equal(new[] { "A", "bad: no such id", "C" }, written);
    }

    [Fact]
    public async Task A_key_added_again_starts_no_request_and_gets_the_first_ones_result_or_failure_again_in_its_place()
    {
        var window = new OrderedWindow<string, string>(StringComparer.Ordinal);
        var started = new List<string>();
        var written = new List<string>();
        foreach (var id in new[] { "a", "bad", "a", "b", "bad", "A", "a" })
        {
            window.Add(id, () =>
            {
                started.Add(id);
                return id == "bad" ? Task.FromException<string>(new InvalidOperationException("no such id")) : Task.FromResult(id + "!");
            });
            await window.DrainAsync(1, (_, result) => written.Add(result), (key, failure) => written.Add(key + ": " + failure.Message));
        }

        await window.DrainAsync(0, (_, result) => written.Add(result), (key, failure) => written.Add(key + ": " + failure.Message));

        Assert.Equal(new[] { "a", "bad", "b", "A" }, started);
        Assert.Equal(new[] { "a!", "bad: no such id", "a!", "b!", "bad: no such id", "A!", "a!" }, written);
    }
}
