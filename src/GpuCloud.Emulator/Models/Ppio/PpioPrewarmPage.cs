using GpuCloud.Emulator.Json;

namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioPrewarmPage
{
    public SerializedItems Data { get; init; } = SerializedItems.Empty;
    public int Total { get; init; }
}
