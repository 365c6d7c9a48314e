namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioImage
{
    public string Image { get; init; } = "";
    public string AuthId { get; init; } = "";
    public string Command { get; init; } = "";
}
