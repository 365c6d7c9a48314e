namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioPort
{
    public string Port { get; init; } = "";
}
