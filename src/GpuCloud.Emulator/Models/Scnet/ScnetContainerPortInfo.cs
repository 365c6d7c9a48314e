namespace GpuCloud.Emulator.Models.Scnet;

public sealed class ScnetContainerPortInfo
{
    public string AccessUrl { get; init; } = "";
    public string ContainerPort { get; init; } = "";
    public string ProtocolType { get; init; } = "";
}
