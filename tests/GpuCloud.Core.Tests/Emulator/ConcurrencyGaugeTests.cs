using GpuCloud.Emulator;

namespace GpuCloud.Core.Tests.Emulator;

public sealed class ConcurrencyGaugeTests
{
    [Fact]
    public void The_peak_is_the_most_running_at_once_and_a_reset_starts_it_from_what_runs_now()
    {
        var gauge = new ConcurrencyGauge();
        gauge.Enter();
        gauge.Enter();
        gauge.Enter();
        gauge.Exit();
        gauge.Exit();
        gauge.Enter();

        Assert.Equal(2, gauge.Current);
        Assert.Equal(3, gauge.Peak);

        gauge.ResetPeak();
        Assert.Equal(2, gauge.Peak);
    }

    [Fact]
    public void Entries_from_many_threads_at_once_lose_no_count()
    {
        var gauge = new ConcurrencyGauge();
        using var allIn = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(_ => new Thread(() =>
        {
            gauge.Enter();
            allIn.SignalAndWait();
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.Equal(8, gauge.Peak);
        Assert.Equal(8, gauge.Current);
    }
}
