using System.Collections.Concurrent;

namespace GpuCloud.Emulator;

/// <summary>Injected faults by kind and served requests by route pattern (e.g. <c>/gpu-instance/openapi/v1/endpoint</c>).</summary>
public sealed class FaultCounters
{
    private readonly ConcurrentDictionary<FaultKind, long> _faults = new();
    private readonly ConcurrentDictionary<string, long> _requests = new(StringComparer.Ordinal);

    public long Faults(FaultKind kind) => _faults.TryGetValue(kind, out var n) ? n : 0;

    public long Requests(string route) => _requests.TryGetValue(route, out var n) ? n : 0;

    public long TotalRequests => _requests.Values.Sum();

    public IReadOnlyDictionary<string, long> FaultSnapshot() =>
        Enum.GetValues<FaultKind>().ToDictionary(k => k.ToString(), Faults);

    public IReadOnlyDictionary<string, long> RequestSnapshot() =>
        new SortedDictionary<string, long>(_requests.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);

    public void Reset()
    {
        _faults.Clear();
        _requests.Clear();
    }

    internal void CountFault(FaultKind kind) => _faults.AddOrUpdate(kind, 1, (_, n) => n + 1);

    internal void CountRequest(string route) => _requests.AddOrUpdate(route, 1, (_, n) => n + 1);
}
