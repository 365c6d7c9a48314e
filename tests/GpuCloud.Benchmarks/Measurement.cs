using System.Diagnostics;

namespace GpuCloud.Benchmarks;

/// <summary>One timed run of one listing path.</summary>
public sealed class RunSample
{
    public double WallMs { get; init; }

    /// <summary>Time from the start of the run to the first object handed to the consumer; -1 when none came.</summary>
    public double FirstMs { get; init; }

    public long Items { get; init; }

    /// <summary>GC.GetTotalAllocatedBytes(true) delta: every thread of this process (the client alone when the emulator is a child process).</summary>
    public long AllocatedBytes { get; init; }

    /// <summary>
    /// This process's CPU time delta (user + system, all threads, from getrusage; the client alone when the emulator is a
    /// child process), less the harness's own working-set sampling thread.
    /// </summary>
    public double CpuMs { get; init; }

    /// <summary>CPU time of the working-set sampling thread during the run, left out of <see cref="CpuMs"/>.</summary>
    public double SamplerCpuMs { get; init; }

    /// <summary>Time the JIT spent compiling during the run (JitInfo.GetCompilationTime delta, all threads): part of CpuMs, and near 0 once warm.</summary>
    public double JitMs { get; init; }

    /// <summary>Time this process's threads were paused by the GC during the run (GC.GetTotalPauseDuration delta).</summary>
    public double GcPauseMs { get; init; }

    /// <summary>Garbage collections during the run, by generation (0, 1, 2; a gen1 collection also counts as a gen0 one).</summary>
    public IReadOnlyList<int> Collections { get; init; } = Array.Empty<int>();

    /// <summary>CPU time delta of the emulator child process serving the run; null when the emulator is in this process.</summary>
    public double? EmulatorCpuMs { get; init; }

    /// <summary>Resident set size (<see cref="ResidentSet"/>) right before the run (after a full GC).</summary>
    public long WorkingSetStart { get; init; }

    /// <summary>Highest resident set size sampled every few ms during the run.</summary>
    public long WorkingSetPeakSampled { get; init; }

    public long WorkingSetGrowth => Math.Max(0, WorkingSetPeakSampled - WorkingSetStart);

    public double CpuUsPerItem => CpuMs * 1000.0 / Math.Max(1, Items);
}

/// <summary>
/// A plain Stopwatch harness. These are end-to-end wall-clock measurements of network-bound listings
/// (tens of milliseconds of injected latency per request, hundreds to thousands of requests), not
/// micro-benchmarks: BenchmarkDotNet's many-iteration statistics would add minutes per case and hide
/// the figures that matter here (time to first object, working-set growth while a listing streams).
/// Each case is run after a process-wide warm-up, repeated, and reported by its median.
/// </summary>
public static class Harness
{
    private const int SampleEveryMs = 5;

    /// <param name="body">Runs the listing; calls its argument when the first object arrives; returns the object count.</param>
    /// <param name="emulatorCpu">CPU time of the emulator process so far, or null when it runs in this process.</param>
    public static async Task<RunSample> MeasureAsync(Func<Action, Task<long>> body, Func<TimeSpan?> emulatorCpu)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // Environment.CpuUsage is getrusage(RUSAGE_SELF) on Linux, to the microsecond; Process.TotalProcessorTime
        // reads /proc in 10 ms clock ticks, a sixth of a 10,000-item run's whole CPU time.
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        var emulatorBefore = emulatorCpu();
        using var sampler = new WorkingSetSampler();
        var workingSetStart = sampler.Start;
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        var collectionsBefore = Collections();
        var pauseBefore = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var first = -1.0;
        long items;
        try
        {
            items = await body(() =>
            {
                if (first < 0)
                {
                    first = clock.Elapsed.TotalMilliseconds;
                }
            });
        }
        finally
        {
            clock.Stop();
            sampler.Stop();
        }

        var allocatedAfter = GC.GetTotalAllocatedBytes(true);
        var pauseAfter = GC.GetTotalPauseDuration();
        var collectionsAfter = Collections();
        var cpuAfter = Environment.CpuUsage.TotalTime;
        var jitAfter = System.Runtime.JitInfo.GetCompilationTime();
        var emulatorAfter = emulatorCpu();
        return new RunSample
        {
            WallMs = clock.Elapsed.TotalMilliseconds,
            FirstMs = first,
            Items = items,
            AllocatedBytes = allocatedAfter - allocatedBefore,
            CpuMs = (cpuAfter - cpuBefore - sampler.OwnCpu).TotalMilliseconds,
            SamplerCpuMs = sampler.OwnCpu.TotalMilliseconds,
            JitMs = (jitAfter - jitBefore).TotalMilliseconds,
            GcPauseMs = (pauseAfter - pauseBefore).TotalMilliseconds,
            Collections = collectionsAfter.Zip(collectionsBefore, (after, before) => after - before).ToArray(),
            EmulatorCpuMs = emulatorBefore == null || emulatorAfter == null ? null : (emulatorAfter.Value - emulatorBefore.Value).TotalMilliseconds,
            WorkingSetStart = workingSetStart,
            WorkingSetPeakSampled = sampler.Peak,
        };
    }

    private static int[] Collections() => Enumerable.Range(0, GC.MaxGeneration + 1).Select(GC.CollectionCount).ToArray();

    /// <summary>
    /// Runs a case, unrecorded, until the JIT has gone quiet for it: at least <paramref name="minimumRuns"/> runs, then until
    /// two runs in a row compiled no method (JitInfo), or <paramref name="limit"/> has passed. Tiered compilation keeps
    /// recompiling hot methods on background threads for 15-20 s of a listing loop on this machine (about 5,000 methods,
    /// 3 s of JIT time), and that CPU time would land in the measured runs' figures (seen: 6 to 12 us per item for the
    /// same code, depending on how far the JIT had got).
    /// </summary>
    public static async Task<int> WarmUntilSteadyAsync(Func<Task<RunSample>> run, int minimumRuns, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var quietRuns = 0;
        for (var runs = 1; ; runs++)
        {
            var compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            await run();
            quietRuns = System.Runtime.JitInfo.GetCompiledMethodCount() == compiledBefore ? quietRuns + 1 : 0;
            if ((runs >= minimumRuns && quietRuns >= 2) || clock.Elapsed > limit)
            {
                return runs;
            }
        }
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>
    /// Process.PeakWorkingSet64 only ever grows over the life of the process, so it cannot tell one run
    /// from the next; a dedicated thread samples the resident set instead and keeps the highest value. It measures its
    /// own CPU time so that the harness can leave it out of the client's.
    /// </summary>
    private sealed class WorkingSetSampler : IDisposable
    {
        private readonly ResidentSet _residentSet = new ResidentSet();
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _peak;
        private long _ownCpuTicks;

        public WorkingSetSampler()
        {
            Start = _residentSet.Bytes();
            _peak = Start;
            _thread = new Thread(Loop) { IsBackground = true, Name = "working-set sampler", Priority = ThreadPriority.AboveNormal };
            _thread.Start();
        }

        public long Start { get; }

        public long Peak => Interlocked.Read(ref _peak);

        /// <summary>The sampling thread's CPU time from its start to <see cref="Stop"/>.</summary>
        public TimeSpan OwnCpu => TimeSpan.FromTicks(Interlocked.Read(ref _ownCpuTicks));

        public void Stop()
        {
            _stop = true;
            _thread.Join();
            Sample();
        }

        public void Dispose() => _residentSet.Dispose();

        private void Loop()
        {
            var cpuAtStart = ThreadCpuClock.Now();
            while (!_stop)
            {
                Sample();
                Thread.Sleep(SampleEveryMs);
            }

            Interlocked.Exchange(ref _ownCpuTicks, (ThreadCpuClock.Now() - cpuAtStart).Ticks);
        }

        private void Sample()
        {
            var now = _residentSet.Bytes();
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }
        }
    }
}
