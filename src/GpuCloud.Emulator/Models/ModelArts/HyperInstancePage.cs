using GpuCloud.Emulator.Json;

namespace GpuCloud.Emulator.Models.ModelArts;

public sealed class HyperInstancePage
{
    public int Current { get; init; }
    public SerializedItems Data { get; init; } = SerializedItems.Empty;
    public int Pages { get; init; }
    public int Size { get; init; }
    public long Total { get; init; }
}
