namespace GpuCloud.Emulator;

/// <summary>Decides, request by request, whether a fault fires; counts every fault it injects.</summary>
internal sealed class FaultInjector
{
    private readonly EmulatorOptions _options;
    private readonly object _gate = new();
    private Random _random;

    public FaultInjector(EmulatorOptions options, FaultCounters counters)
    {
        _options = options;
        Counters = counters;
        _random = new Random(options.Seed);
    }

    public FaultCounters Counters { get; }

    public FaultOptions Current => _options.Faults;

    public void Reset()
    {
        lock (_gate)
        {
            _options.Faults = new FaultOptions();
            _random = new Random(_options.Seed);
        }
        Counters.Reset();
    }

    /// <summary>True when the switch fires for this path; consumes one of <see cref="FaultSwitch.Next"/> and counts the fault.</summary>
    public bool Fires(FaultKind kind, FaultSwitch? faultSwitch, string path)
    {
        if (faultSwitch is null || IsAdminPath(path) || !PathMatches(faultSwitch.PathContains, path))
        {
            return false;
        }

        bool fires;
        lock (_gate)
        {
            if (faultSwitch.Next > 0)
            {
                faultSwitch.Next--;
                fires = true;
            }
            else
            {
                fires = faultSwitch.Rate > 0 && _random.NextDouble() < faultSwitch.Rate;
            }
        }

        if (fires)
        {
            Counters.CountFault(kind);
        }
        return fires;
    }

    /// <summary>The delay to add to this request, counted as a Latency fault when non-zero.</summary>
    public TimeSpan LatencyFor(string path)
    {
        var faults = Current;
        if (IsAdminPath(path) || (faults.LatencyMs <= 0 && faults.LatencyJitterMs <= 0) || !PathMatches(faults.LatencyPathContains, path))
        {
            return TimeSpan.Zero;
        }

        int jitter;
        lock (_gate)
        {
            jitter = faults.LatencyJitterMs > 0 ? _random.Next(0, faults.LatencyJitterMs + 1) : 0;
        }
        var total = Math.Max(0, faults.LatencyMs) + jitter;
        if (total > 0)
        {
            Counters.CountFault(FaultKind.Latency);
        }
        return TimeSpan.FromMilliseconds(total);
    }

    /// <summary>Applies InsertBetweenPages / RemoveBetweenPages after a page of <paramref name="listing"/> was served.</summary>
    public void MutateAfterPage<T>(string path, Data.OrderedListing<T> listing)
        where T : class
    {
        var faults = Current;
        if (Fires(FaultKind.InsertBetweenPages, faults.InsertBetweenPages, path))
        {
            listing.InsertFront(Math.Max(1, faults.InsertBetweenPages.ItemsPerPage));
        }
        if (Fires(FaultKind.RemoveBetweenPages, faults.RemoveBetweenPages, path))
        {
            listing.RemoveFront(Math.Max(1, faults.RemoveBetweenPages.ItemsPerPage));
        }
    }

    public static bool IsAdminPath(string path) => path.StartsWith("/_emulator", StringComparison.OrdinalIgnoreCase);

    private static bool PathMatches(string? filter, string path) =>
        string.IsNullOrEmpty(filter) || path.Contains(filter, StringComparison.OrdinalIgnoreCase);
}
