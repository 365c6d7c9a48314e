namespace GpuCloud.Emulator.Models.Scnet;

/// <summary>Container instance detail; property order follows the document's example.</summary>
public sealed class ScnetContainer
{
    public string Id { get; init; } = "";
    public string? HeaderNotebookId { get; init; }
    public string InstanceServiceName { get; init; } = "";
    public int CurrentIndex { get; init; }
    public int GpuNumber { get; init; }
    public int CpuNumber { get; init; }
    public int RamSize { get; init; }
    public string AcceleratorType { get; init; } = "";
    public string ResourceGroup { get; init; } = "";
    public string ResourceSpec { get; init; } = "";
    public int TaskNumber { get; init; }
    public string TimeoutLimit { get; init; } = "";
    public string UserName { get; init; } = "";
    public string Version { get; init; } = "";
    public string ImagePath { get; init; } = "";
    public string Status { get; init; } = "";
    public string TaskType { get; init; } = "";
    public string Description { get; init; } = "";

    /// <summary><c>yyyy-MM-dd HH:mm:ss</c>, China Standard Time.</summary>
    public string CreateTime { get; init; } = "";

    public string? StartTime { get; init; }
    public string? EndTime { get; init; }
    public string Duration { get; init; } = "--";
    public string RemainingTime { get; init; } = "--";
    public string? TensorboardId { get; init; }
    public string? TensorboardPath { get; init; }
    public IReadOnlyList<ScnetMountInfo> MountInfoList { get; init; } = [];
    public IReadOnlyList<ScnetContainerPortInfo> ContainerPortInfoList { get; init; } = [];
    public bool UseStartScript { get; init; }
    public string StartScriptContent { get; init; } = "";
    public string? StartScriptPath { get; init; }
    public string StartScriptActionScope { get; init; } = "all";
    public string? HeaderNotebookIp { get; init; }
}
