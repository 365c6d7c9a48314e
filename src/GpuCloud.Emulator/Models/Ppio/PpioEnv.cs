namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioEnv
{
    public string Key { get; init; } = "";
    public string Value { get; init; } = "";
}
