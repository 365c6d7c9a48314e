using GpuCloud.Emulator.Json;

namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioEndpointPage
{
    public SerializedItems Endpoints { get; init; } = SerializedItems.Empty;
    public int Total { get; init; }
}
