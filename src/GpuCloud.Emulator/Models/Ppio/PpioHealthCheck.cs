namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioHealthCheck
{
    public string Path { get; init; } = "";
    public int InitialDelay { get; init; }
    public int Period { get; init; }
    public int Timeout { get; init; }
    public int SuccessThreshold { get; init; }
    public int FailureThreshold { get; init; }
}
