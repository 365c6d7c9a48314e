using System;

namespace GpuCloud.Models
{
    /// <summary>A SCNet (Sugon AC) container instance, from GET /ai/openapi/v2/instance-service/{id}/detail.</summary>
    public sealed class ContainerInstance
    {
        public CloudProvider Provider { get; set; }

        public string? Id { get; set; }

        public string? InstanceServiceName { get; set; }

        public string? Status { get; set; }

        public string? AcceleratorType { get; set; }

        public string? ResourceGroup { get; set; }

        public string? ResourceSpec { get; set; }

        public string? TaskType { get; set; }

        public ReadableList<ContainerPortInfo> ContainerPortInfoList { get; set; } = ReadableList<ContainerPortInfo>.Empty;

        public int? CpuNumber { get; set; }

        public int? GpuNumber { get; set; }

        public int? RamSize { get; set; }

        public DateTimeOffset? CreateTime { get; set; }

        public DateTimeOffset? StartTime { get; set; }

        public DateTimeOffset? EndTime { get; set; }

        public int? CurrentIndex { get; set; }

        public string? Description { get; set; }

        public string? Duration { get; set; }

        public string? RemainingTime { get; set; }

        public string? HeaderNotebookId { get; set; }

        public string? HeaderNotebookIp { get; set; }

        public string? ImagePath { get; set; }

        public string? Version { get; set; }

        public ReadableList<ContainerMountInfo> MountInfoList { get; set; } = ReadableList<ContainerMountInfo>.Empty;

        public string? StartScriptActionScope { get; set; }

        public string? StartScriptPath { get; set; }

        public string? StartScriptContent { get; set; }

        public bool? UseStartScript { get; set; }

        public int? TaskNumber { get; set; }

        public string? TensorboardId { get; set; }

        public string? TensorboardPath { get; set; }

        public string? TimeoutLimit { get; set; }

        public string? UserName { get; set; }

        public override string ToString() => InstanceServiceName ?? Id ?? string.Empty;
    }
}
