using System.Runtime.InteropServices;

namespace GpuCloud.Benchmarks;

/// <summary>
/// CPU time (user + system) of the calling thread, from getrusage(RUSAGE_THREAD) on Linux; zero elsewhere. The harness
/// uses it to leave its own sampling thread's CPU time out of the client's figure.
/// </summary>
public static class ThreadCpuClock
{
    private const int RusageThread = 1;

    public static TimeSpan Now()
    {
        if (!OperatingSystem.IsLinux() || getrusage(RusageThread, out var usage) != 0)
        {
            return TimeSpan.Zero;
        }

        var microseconds = (usage.UserSeconds + usage.SystemSeconds) * 1_000_000L + usage.UserMicroseconds + usage.SystemMicroseconds;
        return TimeSpan.FromTicks(microseconds * 10);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out RUsage usage);

    /// <summary>struct rusage on 64-bit Linux (144 bytes): two timevals, then 14 longs this class does not read.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
    }
}
