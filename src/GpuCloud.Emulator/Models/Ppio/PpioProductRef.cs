namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioProductRef
{
    public string Id { get; init; } = "";
}
