namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioPrewarmProduct
{
    public string ProductId { get; init; } = "";
    public string ProductName { get; init; } = "";
}
