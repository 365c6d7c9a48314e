namespace GpuCloud.Emulator.Models.Scnet;

public sealed class ScnetMountInfo
{
    public string SourcePath { get; init; } = "";
    public string Type { get; init; } = "";
}
