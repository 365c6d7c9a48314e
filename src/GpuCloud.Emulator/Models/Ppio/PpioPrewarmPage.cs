namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioPrewarmPage
{
    public IReadOnlyList<PpioPrewarmTask> Data { get; init; } = [];
    public int Total { get; init; }
}
