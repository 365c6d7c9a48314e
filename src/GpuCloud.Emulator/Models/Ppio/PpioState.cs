namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioState
{
    public string State { get; init; } = "";
    public string Error { get; init; } = "";
    public string Message { get; init; } = "";
}
