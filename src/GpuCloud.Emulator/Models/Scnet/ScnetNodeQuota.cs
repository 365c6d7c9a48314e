namespace GpuCloud.Emulator.Models.Scnet;

/// <summary>Node resource quota; property order follows the document's example.</summary>
public sealed class ScnetNodeQuota
{
    public string? Id { get; init; }
    public int CpuNumber { get; init; }
    public int MluLimits { get; init; }
    public int DcuLimits { get; init; }
    public int NvLimits { get; init; }
    public int GpuNumber { get; init; }
    public int MemorySize { get; init; }
    public string ResourceGroup { get; init; } = "";
    public string? UserName { get; init; }
    public int NodeNumber { get; init; }
    public string MaxTime { get; init; } = "";

    /// <summary>Not on the wire: the accelerator type the quota is looked up by.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string AcceleratorType { get; init; } = "";
}
