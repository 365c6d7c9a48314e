namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioWorker
{
    public string Id { get; init; } = "";
    public PpioState State { get; init; } = new();
    public string Log { get; init; } = "";
    public string Metrics { get; init; } = "";
    public bool Healthy { get; init; }
}
