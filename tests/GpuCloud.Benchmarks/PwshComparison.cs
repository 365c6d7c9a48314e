namespace GpuCloud.Benchmarks;

/// <summary>An Invoke-RestMethod page loop and Get-GpuEndpoint timed in the same fresh pwsh process.</summary>
public sealed record PwshComparison(PwshRun InvokeRestMethod, PwshRun GetGpuEndpoint, double ImportModuleMs, PairedRatio PerRepetition);
