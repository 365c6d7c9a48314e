using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace GpuCloud.Benchmarks;

/// <summary>Runs <see cref="PageParsing"/> with BenchmarkDotNet in this process and writes its figures, per record, as JSON.</summary>
public static class ParsingRun
{
    public static int Run(string jsonPath)
    {
        var artifacts = Path.Combine(Path.GetTempPath(), "GpuCloud.Benchmarks.Artifacts");
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(5).WithIterationCount(20))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(artifacts);
        var summary = BenchmarkRunner.Run<PageParsing>(config);
        if (summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success))
        {
            Console.Error.WriteLine("the page-parsing benchmark failed; BenchmarkDotNet's log is in " + artifacts);
            return 1;
        }

        new PageParsing().ServePages();
        var rows = summary.Reports.Select(report => new
        {
            Benchmark = report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
            JsonBytesPerRecord = PageParsing.PageBytes[report.BenchmarkCase.Descriptor.WorkloadMethod.Name] / PageParsing.PageSize,
            NanosecondsPerRecord = Math.Round(report.ResultStatistics!.Mean, 1),
            StandardErrorNs = Math.Round(report.ResultStatistics.StandardError, 1),
            BytesAllocatedPerRecord = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase),
        }).ToList();

        Console.WriteLine();
        Console.WriteLine("| page of {0} records, from bytes in memory | JSON per record | time per record | allocated per record |", PageParsing.PageSize);
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var row in rows)
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:N0} B | {2:0.00} us | {3:N0} B |", row.Benchmark, row.JsonBytesPerRecord, row.NanosecondsPerRecord / 1000.0, row.BytesAllocatedPerRecord));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(jsonPath))!);
        File.WriteAllText(jsonPath, JsonSerializer.Serialize(new
        {
            Generated = DateTimeOffset.UtcNow,
            Command = "dotnet run -c Release --project tests/GpuCloud.Benchmarks -- --parsing",
            Machine = new { LogicalCpus = Environment.ProcessorCount, Runtime = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription, Os = System.Runtime.InteropServices.RuntimeInformation.OSDescription },
            Notes = "BenchmarkDotNet (5 warm-up and 20 measured iterations, in-process emit toolchain, MemoryDiagnoser); one operation is one record of a page of " + PageParsing.PageSize + "; JsonDocument.Parse is the baseline (reads the JSON, makes no object).",
            Results = rows,
        }, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine("figures written to " + jsonPath);
        return 0;
    }
}
