namespace GpuCloud.Emulator.Models.ModelArts;

public sealed class HyperInstancePage
{
    public int Current { get; init; }
    public IReadOnlyList<HyperInstance> Data { get; init; } = [];
    public int Pages { get; init; }
    public int Size { get; init; }
    public long Total { get; init; }
}
