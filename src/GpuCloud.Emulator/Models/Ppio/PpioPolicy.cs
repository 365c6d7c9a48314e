namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioPolicy
{
    public string Type { get; init; } = "";
    public string Value { get; init; } = "";
}
