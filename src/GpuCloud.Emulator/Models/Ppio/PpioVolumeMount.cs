namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioVolumeMount
{
    public string Type { get; init; } = "";
    public string Id { get; init; } = "";
    public int Size { get; init; }
    public string MountPath { get; init; } = "";
}
