namespace GpuCloud.Emulator.Models.Scnet;

public sealed class ScnetClusterToken
{
    public string ClusterId { get; init; } = "";
    public string ClusterName { get; init; } = "";
    public string Token { get; init; } = "";
}
