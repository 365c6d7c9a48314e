namespace GpuCloud.Emulator;

/// <summary>Counts what is running now and the most that ran at once, lock-free (shared by the emulator and the tests that bound concurrency).</summary>
public sealed class ConcurrencyGauge
{
    private long _current;
    private long _peak;

    public long Current => Interlocked.Read(ref _current);

    /// <summary>The most running at once since this gauge was made or <see cref="ResetPeak"/> was called.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    public void Enter()
    {
        var now = Interlocked.Increment(ref _current);
        var peak = Interlocked.Read(ref _peak);
        while (now > peak)
        {
            var seen = Interlocked.CompareExchange(ref _peak, now, peak);
            if (seen == peak)
            {
                break;
            }

            peak = seen;
        }
    }

    public void Exit() => Interlocked.Decrement(ref _current);

    /// <summary>Starts the peak again from what is running now.</summary>
    public void ResetPeak() => Interlocked.Exchange(ref _peak, Current);
}
