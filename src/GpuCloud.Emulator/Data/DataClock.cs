namespace GpuCloud.Emulator.Data;

/// <summary>
/// Generated times lie in the year before a fixed anchor, so data does not change from run to run;
/// items inserted by faults are newer than the anchor.
/// </summary>
internal static class DataClock
{
    public static readonly DateTimeOffset Anchor = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly long AnchorMs = Anchor.ToUnixTimeMilliseconds();

    public static readonly long YearMs = (long)TimeSpan.FromDays(365).TotalMilliseconds;

    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static long PastYearMs(Random random) => AnchorMs - random.NextInt64(60_000, YearMs);

    /// <summary>Inserted item number <paramref name="extra"/> (0-based): one second apart, after the anchor.</summary>
    public static long AfterAnchorMs(int extra) => AnchorMs + (extra + 1) * 1000L;

    /// <summary><c>yyyy-MM-dd HH:mm:ss</c> in China Standard Time, as SCNet writes times.</summary>
    public static string ChinaTime(long epochMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(epochMs).ToOffset(ChinaOffset).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
