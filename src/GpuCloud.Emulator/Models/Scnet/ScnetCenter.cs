namespace GpuCloud.Emulator.Models.Scnet;

public sealed class ScnetCenter
{
    public string ClusterId { get; init; } = "";
    public string ClusterName { get; init; } = "";
    public IReadOnlyList<ScnetServiceUrl> HpcUrls { get; init; } = [];
    public IReadOnlyList<ScnetServiceUrl> AiUrls { get; init; } = [];
    public IReadOnlyList<ScnetServiceUrl> EfileUrls { get; init; } = [];
}
