using System.Collections.Concurrent;

namespace GpuCloud.Emulator;

/// <summary>Injected faults by kind and served requests by route pattern (e.g. <c>/gpu-instance/openapi/v1/endpoint</c>).</summary>
public sealed class FaultCounters
{
    private readonly ConcurrentDictionary<FaultKind, long> _faults = new();
    private readonly ConcurrentDictionary<string, long> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrencyGauge _inFlight = new();

    public long Faults(FaultKind kind) => _faults.TryGetValue(kind, out var n) ? n : 0;

    public long Requests(string route) => _requests.TryGetValue(route, out var n) ? n : 0;

    public long TotalRequests => _requests.Values.Sum();

    /// <summary>Requests (other than /_emulator/*) being served now.</summary>
    public long InFlight => _inFlight.Current;

    /// <summary>The most requests served at once since the last <see cref="Reset"/> or <see cref="ResetPeakInFlight"/>.</summary>
    public long PeakInFlight => _inFlight.Peak;

    /// <summary>Starts the peak again from the requests being served now.</summary>
    public void ResetPeakInFlight() => _inFlight.ResetPeak();

    public IReadOnlyDictionary<string, long> FaultSnapshot() =>
        Enum.GetValues<FaultKind>().ToDictionary(k => k.ToString(), Faults);

    public IReadOnlyDictionary<string, long> RequestSnapshot() =>
        new SortedDictionary<string, long>(_requests.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);

    public void Reset()
    {
        _faults.Clear();
        _requests.Clear();
        ResetPeakInFlight();
    }

    internal void CountFault(FaultKind kind) => _faults.AddOrUpdate(kind, 1, (_, n) => n + 1);

    internal void CountRequest(string route) => _requests.AddOrUpdate(route, 1, (_, n) => n + 1);

    internal void RequestStarted() => _inFlight.Enter();

    internal void RequestEnded() => _inFlight.Exit();
}
