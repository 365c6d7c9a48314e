namespace GpuCloud.Emulator.Models.Ppio;

public sealed class PpioEndpoint
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string AppName { get; init; } = "";
    public PpioState State { get; init; } = new();
    public string Url { get; init; } = "";
    public PpioWorkerConfig WorkerConfig { get; init; } = new();
    public PpioPolicy Policy { get; init; } = new();
    public PpioImage Image { get; init; } = new();
    public int RootfsSize { get; init; }
    public IReadOnlyList<PpioVolumeMount> VolumeMounts { get; init; } = [];
    public IReadOnlyList<PpioEnv> Envs { get; init; } = [];
    public IReadOnlyList<PpioPort> Ports { get; init; } = [];
    public IReadOnlyList<PpioWorker> Workers { get; init; } = [];
    public IReadOnlyList<PpioProductRef> Products { get; init; } = [];
    public PpioHealthCheck Healthy { get; init; } = new();

    [System.Text.Json.Serialization.JsonPropertyName("clusterID")]
    public string ClusterId { get; init; } = "";

    public string Log { get; init; } = "";
}
