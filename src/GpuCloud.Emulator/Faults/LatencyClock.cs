using System.Diagnostics;

namespace GpuCloud.Emulator;

/// <summary>
/// Waits out injected latency on a thread of its own that sleeps until the next request is due, so the latency the
/// emulator injects is the latency it says: on this project's machine a <c>Task.Delay(50)</c> overshoots by about
/// 2.5 ms at the median (timer-queue ticks and thread-pool wake-up), this clock by under half a millisecond (the
/// benchmark's "injected latency" line measures both).
/// </summary>
internal sealed class LatencyClock
{
    public static readonly LatencyClock Shared = new();

    private readonly object _gate = new();
    private readonly PriorityQueue<TaskCompletionSource, long> _due = new();
    private readonly Action<long>? _released;
    private Thread? _thread;

    /// <param name="released">Told, on the clock's thread, each delay's due timestamp as the delay is released (for tests:
    /// the order the clock keeps, apart from when the thread pool gets round to the awaiting code).</param>
    internal LatencyClock(Action<long>? released = null)
    {
        _released = released;
    }

    /// <summary>Completes <paramref name="delay"/> after the call (cancelled with the token, e.g. when the client goes away).</summary>
    public async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var dueAt = Stopwatch.GetTimestamp() + (long)(delay.TotalSeconds * Stopwatch.Frequency);
        lock (_gate)
        {
            _due.Enqueue(done, dueAt);
            if (_thread is null)
            {
                _thread = new Thread(Run) { IsBackground = true, Name = "emulator latency" };
                _thread.Start();
            }
            Monitor.Pulse(_gate);
        }

        using (cancellationToken.Register(static state => ((TaskCompletionSource)state!).TrySetCanceled(), done))
        {
            await done.Task.ConfigureAwait(false);
        }
    }

    private void Run()
    {
        var ready = new List<(TaskCompletionSource Done, long DueAt)>();
        while (true)
        {
            lock (_gate)
            {
                while (true)
                {
                    var any = _due.TryPeek(out _, out var dueAt);
                    var left = any ? dueAt - Stopwatch.GetTimestamp() : 0;
                    if (any && left <= 0)
                    {
                        ready.Add((_due.Dequeue(), dueAt));
                        continue;
                    }

                    if (ready.Count > 0)
                    {
                        break;
                    }

                    if (any)
                    {
                        // Whole milliseconds, rounded up: never early, at most a millisecond late.
                        Monitor.Wait(_gate, (int)Math.Ceiling(left * 1000.0 / Stopwatch.Frequency));
                    }
                    else
                    {
                        Monitor.Wait(_gate);
                    }
                }
            }

            foreach (var (done, dueAt) in ready)
            {
                _released?.Invoke(dueAt);
                done.TrySetResult();
            }
            ready.Clear();
        }
    }
}
