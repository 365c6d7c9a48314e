namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioError
{
    public int Code { get; init; }
    public string Reason { get; init; } = "";
    public string Message { get; init; } = "";
}
