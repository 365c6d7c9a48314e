namespace GpuCloud.Emulator.Models.Admin;

/// <summary>Answer of <c>GET /_emulator/state</c>.</summary>
public sealed class AdminState
{
    public int Seed { get; init; }
    public int Items { get; init; }
    public IReadOnlyDictionary<string, long> Requests { get; init; } = new Dictionary<string, long>();
    public long TotalRequests { get; init; }
    /// <summary>The most requests served at once since the counters were last reset.</summary>
    public long PeakInFlight { get; init; }
    public IReadOnlyDictionary<string, long> Faults { get; init; } = new Dictionary<string, long>();
    public IReadOnlyDictionary<string, int> Listings { get; init; } = new Dictionary<string, int>();
    public FaultOptions FaultOptions { get; init; } = new();
}
