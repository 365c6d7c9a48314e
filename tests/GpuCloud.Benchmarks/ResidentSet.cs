using Microsoft.Win32.SafeHandles;

namespace GpuCloud.Benchmarks;

/// <summary>
/// This process's resident set size, read from /proc/self/statm through one handle opened once, into one buffer, so a
/// sample costs a read system call and allocates nothing. Environment.WorkingSet parses the whole of /proc/self/status
/// into a new string each time: sampled every 5 ms, that was 4 % of the process's CPU time during a listing, counted as
/// the client's. Elsewhere than Linux it is Environment.WorkingSet.
/// </summary>
public sealed class ResidentSet : IDisposable
{
    private readonly SafeFileHandle? _statm;
    private readonly byte[] _buffer = new byte[128];
    private readonly long _pageSize = Environment.SystemPageSize;

    public ResidentSet()
    {
        if (OperatingSystem.IsLinux() && File.Exists("/proc/self/statm"))
        {
            _statm = File.OpenHandle("/proc/self/statm", FileMode.Open, FileAccess.Read);
        }
    }

    /// <summary>Resident bytes now: the second field of statm (resident pages) times the page size.</summary>
    public long Bytes()
    {
        if (_statm == null)
        {
            return Environment.WorkingSet;
        }

        var length = RandomAccess.Read(_statm, _buffer, 0);
        var i = 0;
        while (i < length && _buffer[i] != (byte)' ')
        {
            i++;
        }

        long pages = 0;
        for (i++; i < length && _buffer[i] >= (byte)'0' && _buffer[i] <= (byte)'9'; i++)
        {
            pages = (pages * 10) + (_buffer[i] - (byte)'0');
        }

        return pages * _pageSize;
    }

    /// <summary>
    /// Null when a reading agrees with Environment.WorkingSet taken beside it (within a tenth), else what each said: the
    /// benchmark checks this before it trusts the sampler.
    /// </summary>
    public static string? Disagreement()
    {
        using var residentSet = new ResidentSet();
        var fromStatm = residentSet.Bytes();
        var fromEnvironment = Environment.WorkingSet;
        return Math.Abs(fromStatm - fromEnvironment) <= fromEnvironment / 10
            ? null
            : "the resident set read from /proc/self/statm (" + fromStatm + " B) disagrees with Environment.WorkingSet (" + fromEnvironment + " B)";
    }

    public void Dispose() => _statm?.Dispose();
}
