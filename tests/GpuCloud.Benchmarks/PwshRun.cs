namespace GpuCloud.Benchmarks;

/// <summary>Medians of one listing path timed inside a pwsh process.</summary>
public sealed record PwshRun(long Items, double WallMs, double FirstMs);
