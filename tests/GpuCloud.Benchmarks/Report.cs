using System.Globalization;
using System.Text;

namespace GpuCloud.Benchmarks;

/// <summary>The figures of one path in one scenario: medians over the repetitions.</summary>
public sealed class ResultRow
{
    private const double MiB = 1024.0 * 1024.0;

    public int Items { get; init; }
    public int LatencyMs { get; init; }
    public string Path { get; init; } = "";
    public int InFlight { get; init; }
    public int Repetitions { get; init; }
    public long ObjectCount { get; init; }
    public double WallMs { get; init; }
    public double FirstObjectMs { get; init; }
    public double ItemsPerSecond { get; init; }
    public double AllocatedBytesPerItem { get; init; }
    public double CpuUsPerItem { get; init; }

    /// <summary>Median JIT compilation time during a run, in ms: how far from steady state the run was.</summary>
    public double JitMs { get; init; }

    /// <summary>Median GC pause during a run, in ms.</summary>
    public double GcPauseMs { get; init; }

    /// <summary>Median garbage collections during a run, by generation (0, 1, 2).</summary>
    public IReadOnlyList<double> Collections { get; init; } = Array.Empty<double>();

    /// <summary>The emulator child process's CPU per item (out of process only; null in process, where it is inside CpuUsPerItem).</summary>
    public double? EmulatorCpuUsPerItem { get; init; }
    public double WorkingSetGrowthMB { get; init; }
    public double PeakWorkingSetMB { get; init; }
    public double? PhysicalBoundMs { get; init; }
    public double? WallOverBound { get; init; }
    public IReadOnlyList<double> WallMsRuns { get; init; } = Array.Empty<double>();
    public IReadOnlyList<double> CpuUsPerItemRuns { get; init; } = Array.Empty<double>();
    public IReadOnlyList<double> WorkingSetGrowthMBRuns { get; init; } = Array.Empty<double>();

    public static ResultRow From(int items, int latency, string path, int inFlight, IReadOnlyList<RunSample> samples, long processPeakWorkingSet)
    {
        var wall = Harness.Median(samples.Select(s => s.WallMs));
        var pages = ListingPaths.PagesOf(items);
        double? bound = latency > 0 ? Math.Ceiling(pages / (double)inFlight) * latency : null;
        return new ResultRow
        {
            Items = items,
            LatencyMs = latency,
            Path = path,
            InFlight = inFlight,
            Repetitions = samples.Count,
            ObjectCount = samples.Min(s => s.Items),
            WallMs = Math.Round(wall, 1),
            FirstObjectMs = Math.Round(Harness.Median(samples.Select(s => s.FirstMs)), 1),
            ItemsPerSecond = Math.Round(items / (wall / 1000.0)),
            AllocatedBytesPerItem = Math.Round(Harness.Median(samples.Select(s => s.AllocatedBytes / (double)Math.Max(1, s.Items)))),
            CpuUsPerItem = Math.Round(Harness.Median(samples.Select(s => s.CpuUsPerItem)), 2),
            JitMs = Math.Round(Harness.Median(samples.Select(s => s.JitMs)), 1),
            GcPauseMs = Math.Round(Harness.Median(samples.Select(s => s.GcPauseMs)), 1),
            Collections = Enumerable.Range(0, samples[0].Collections.Count).Select(generation => Harness.Median(samples.Select(s => (double)s.Collections[generation]))).ToList(),
            EmulatorCpuUsPerItem = samples.Any(s => s.EmulatorCpuMs == null) ? null : Math.Round(Harness.Median(samples.Select(s => s.EmulatorCpuMs!.Value * 1000.0 / Math.Max(1, s.Items))), 2),
            WorkingSetGrowthMB = Math.Round(Harness.Median(samples.Select(s => s.WorkingSetGrowth / MiB)), 1),
            PeakWorkingSetMB = Math.Round(processPeakWorkingSet / MiB, 1),
            PhysicalBoundMs = bound,
            WallOverBound = bound == null ? null : Math.Round(wall / bound.Value, 3),
            WallMsRuns = samples.Select(s => Math.Round(s.WallMs, 1)).ToList(),
            CpuUsPerItemRuns = samples.Select(s => Math.Round(s.CpuUsPerItem, 2)).ToList(),
            WorkingSetGrowthMBRuns = samples.Select(s => Math.Round(s.WorkingSetGrowth / MiB, 1)).ToList(),
        };
    }
}

public sealed class TargetResult
{
    public string Name { get; init; } = "";
    public string Status { get; init; } = "";
    public string Observed { get; init; } = "";
}

public static class Report
{
    public const string DefaultPath = "GpuCloud default (4 in flight)";
    public const string Concurrency8Path = "GpuCloud -MaxConcurrency 8";
    public const string NaivePath = "naive sequential HttpClient";
    public const string FloorPath = "bytes-only floor (sequential)";

    /// <param name="clientOnly">
    /// True out of process: alloc and CPU are this process's alone, the client's, and the emulator child's CPU has a column
    /// of its own. False in process: they include the emulator serving the pages.
    /// </param>
    public static string Table(IEnumerable<ResultRow> rows, bool clientOnly)
    {
        var builder = new StringBuilder();
        if (clientOnly)
        {
            builder.AppendLine("| items | latency | path | in flight | wall ms | first object ms | items/s | client alloc B/item | client CPU us/item | JIT ms | GC pause ms | GCs gen0/1/2 | emulator CPU us/item | WS growth MB | peak WS MB | wall / bound |");
            builder.AppendLine("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        }
        else
        {
            builder.AppendLine("| items | latency | path | in flight | wall ms | first object ms | items/s | alloc B/item (emulator incl.) | CPU us/item (emulator incl.) | JIT ms | GC pause ms | GCs gen0/1/2 | WS growth MB | peak WS MB | wall / bound |");
            builder.AppendLine("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        }

        foreach (var row in rows)
        {
            var emulatorColumn = clientOnly
                ? " " + (row.EmulatorCpuUsPerItem == null ? "-" : row.EmulatorCpuUsPerItem.Value.ToString("0.00", CultureInfo.InvariantCulture)) + " |"
                : string.Empty;
            builder.AppendLine(string.Format(CultureInfo.InvariantCulture, "| {0:N0} | {1} ms | {2} | {3} | {4:N0} | {5:0.0} | {6:N0} | {7:N0} | {8:0.00} | {13:0.0} | {14:0.0} | {15} |{12} {9:0.0} | {10:0} | {11} |",
                row.Items, row.LatencyMs, row.Path, row.InFlight, row.WallMs, row.FirstObjectMs, row.ItemsPerSecond, row.AllocatedBytesPerItem, row.CpuUsPerItem,
                row.WorkingSetGrowthMB, row.PeakWorkingSetMB, row.WallOverBound == null ? "-" : row.WallOverBound.Value.ToString("0.00", CultureInfo.InvariantCulture) + "x", emulatorColumn, row.JitMs,
                row.GcPauseMs, string.Join("/", row.Collections.Select(count => count.ToString("0.#", CultureInfo.InvariantCulture)))));
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// Each path against the bytes-only floor at 0 ms: out of process, the floor is HttpClient reading the bytes (what any
    /// client pays before parsing); in process, it is mostly the emulator serving the pages.
    /// </summary>
    public static List<string> FloorNotes(IReadOnlyList<ResultRow> rows, bool clientOnly)
    {
        var floorIs = clientOnly ? "HttpClient reading the bytes, no parsing" : "mostly the in-process emulator serving pages";
        var notes = new List<string>();
        foreach (var floor in rows.Where(r => r.Path == FloorPath))
        {
            foreach (var client in rows.Where(r => r.Items == floor.Items && r.LatencyMs == floor.LatencyMs && r.Path != FloorPath))
            {
                notes.Add(string.Format(CultureInfo.InvariantCulture,
                    "{0:N0} items @ 0 ms, {1}: {2:0.00} us CPU and {3:N0} B allocated per item above the bytes-only floor (floor: {4:0.00} us, {5:N0} B, {6})",
                    floor.Items, client.Path, client.CpuUsPerItem - floor.CpuUsPerItem, client.AllocatedBytesPerItem - floor.AllocatedBytesPerItem, floor.CpuUsPerItem, floor.AllocatedBytesPerItem, floorIs));
            }
        }

        return notes;
    }
}

public static class Targets
{
    private const double FirstObjectSlackMs = 20;

    /// <param name="clientOnly">True when the emulator ran out of process, so the CPU figure is the client's alone.</param>
    public static List<TargetResult> Evaluate(IReadOnlyList<ResultRow> rows, Settings settings, bool clientOnly)
    {
        var results = new List<TargetResult>();
        ResultRow? Find(int items, int latency, string path) => rows.FirstOrDefault(r => r.Items == items && r.LatencyMs == latency && r.Path == path);

        var gpu = Find(10_000, 50, Report.DefaultPath);
        var gpu8 = Find(10_000, 50, Report.Concurrency8Path);
        var naive = Find(10_000, 50, Report.NaivePath);
        if (gpu == null)
        {
            results.Add(Missing("10,000 items @ 50 ms targets", "scenario not run"));
        }
        else
        {
            results.Add(Check("10,000 @ 50 ms, default concurrency: wall <= 1.3x physical bound",
                gpu.WallOverBound <= 1.3,
                F("{0:N0} ms vs bound ceil(100/4) x 50 = {1:N0} ms: {2:0.00}x", gpu.WallMs, gpu.PhysicalBoundMs, gpu.WallOverBound)));
            if (naive != null)
            {
                var pages = ListingPaths.PagesOf(10_000);
                var roundTrips = ListingPaths.FewestRoundTrips(10_000, gpu.InFlight);
                results.Add(Check("10,000 @ 50 ms, default concurrency: >= 5x faster than the sequential loop",
                    naive.WallMs / gpu.WallMs >= 5,
                    F("{0:N0} ms vs {1:N0} ms: {2:0.00}x ({3} pages in flight after a first page read alone cannot beat {4} / {5} round trips = {6:0.00}x)",
                        gpu.WallMs, naive.WallMs, naive.WallMs / gpu.WallMs, gpu.InFlight, pages, roundTrips, pages / (double)roundTrips)));
                if (gpu8 != null)
                {
                    results.Add(Check("10,000 @ 50 ms, -MaxConcurrency 8: >= 5x faster than the sequential loop",
                        naive.WallMs / gpu8.WallMs >= 5,
                        F("{0:N0} ms vs {1:N0} ms: {2:0.00}x", gpu8.WallMs, naive.WallMs, naive.WallMs / gpu8.WallMs)));
                }
            }

            results.Add(Check("10,000 @ 50 ms, default concurrency: first object <= one round trip + 20 ms",
                gpu.FirstObjectMs <= 50 + FirstObjectSlackMs,
                F("{0:0.0} ms vs 50 ms injected latency + 20 ms = 70 ms", gpu.FirstObjectMs)));
        }

        foreach (var latency in settings.Latencies)
        {
            var small = Find(10_000, latency, Report.DefaultPath);
            var large = Find(100_000, latency, Report.DefaultPath);
            if (small == null || large == null)
            {
                results.Add(Missing(F("working-set growth 10,000 -> 100,000 items @ {0} ms < 50 MB", latency), "needs both 10,000 and 100,000 items (not run with --quick)"));
                continue;
            }

            var delta = large.WorkingSetGrowthMB - small.WorkingSetGrowthMB;
            results.Add(Check(F("working-set growth 10,000 -> 100,000 items @ {0} ms, default concurrency: < 50 MB", latency),
                delta < 50,
                F("growth during the run {0:0.0} MB at 10,000 and {1:0.0} MB at 100,000: +{2:0.0} MB", small.WorkingSetGrowthMB, large.WorkingSetGrowthMB, delta)));
        }

        foreach (var items in settings.Items)
        {
            var row = Find(items, 0, Report.DefaultPath);
            if (row == null)
            {
                continue;
            }

            results.Add(Check(F("client work per item @ 0 ms, {0:N0} items, default concurrency: <= 10 us", items),
                row.CpuUsPerItem <= 10,
                clientOnly
                    ? F("{0:0.00} us client CPU per item (benchmark process only; the emulator child used {1:0.00} us per item serving the pages)", row.CpuUsPerItem, row.EmulatorCpuUsPerItem)
                    : F("{0:0.00} us process CPU per item (--in-process: the emulator serving the pages included, nothing subtracted)", row.CpuUsPerItem)));
        }

        return results;
    }

    private static TargetResult Check(string name, bool passed, string observed) => new() { Name = name, Status = passed ? "PASS" : "MISS", Observed = observed };

    private static TargetResult Missing(string name, string why) => new() { Name = name, Status = "n/a", Observed = why };

    private static string F(string format, params object?[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
