namespace GpuCloud.Emulator.Models.Scnet;

public sealed class ScnetServiceUrl
{
    public string Url { get; init; } = "";

    /// <summary>"true" or "false", a string on the wire.</summary>
    public string Enable { get; init; } = "true";
}
