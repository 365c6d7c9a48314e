namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioEndpointPage
{
    public IReadOnlyList<PpioEndpoint> Endpoints { get; init; } = [];
    public int Total { get; init; }
}
