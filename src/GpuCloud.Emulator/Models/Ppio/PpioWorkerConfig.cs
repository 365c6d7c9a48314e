namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioWorkerConfig
{
    public int MinNum { get; init; }
    public int MaxNum { get; init; }
    public string FreeTimeout { get; init; } = "";
    public string MaxConcurrent { get; init; } = "";
    public int GpuNum { get; init; }
    public string CudaVersion { get; init; } = "";
}
