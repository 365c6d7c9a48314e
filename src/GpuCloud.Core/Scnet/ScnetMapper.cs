using System.Collections.Generic;
using System.Linq;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Scnet
{
    /// <summary>SCNet wire records to output objects: China-time strings to UTC, "--" and null to no value.</summary>
    internal static class ScnetMapper
    {
        public static ContainerInstance ToContainerInstance(ScnetContainerWire wire, List<string> warnings)
        {
            var read = new FieldReader("SCNet container instance", wire.Id.Text);
            var instance = new ContainerInstance
            {
                Provider = CloudProvider.Scnet,
                Id = read.Text(wire.Id, "id"),
                InstanceServiceName = read.Text(wire.InstanceServiceName, "instanceServiceName"),
                Status = read.Text(wire.Status, "status"),
                AcceleratorType = read.Text(wire.AcceleratorType, "acceleratorType"),
                ResourceGroup = read.Text(wire.ResourceGroup, "resourceGroup"),
                ResourceSpec = read.Text(wire.ResourceSpec, "resourceSpec"),
                TaskType = read.Text(wire.TaskType, "taskType"),
                ContainerPortInfoList = ReadableList<ContainerPortInfo>.Of(read.Items(wire.ContainerPortInfoList, "containerPortInfoList")?.Select(port => new ContainerPortInfo
                {
                    AccessUrl = read.Text(port.AccessUrl, "containerPortInfoList.accessUrl"),
                    ContainerPort = read.Text(port.ContainerPort, "containerPortInfoList.containerPort"),
                    ProtocolType = read.Text(port.ProtocolType, "containerPortInfoList.protocolType"),
                })),
                CpuNumber = read.Int32(wire.CpuNumber, "cpuNumber"),
                GpuNumber = read.Int32(wire.GpuNumber, "gpuNumber"),
                RamSize = read.Int32(wire.RamSize, "ramSize"),
                CreateTime = read.ChinaTime(wire.CreateTime, "createTime"),
                StartTime = read.ChinaTime(wire.StartTime, "startTime"),
                EndTime = read.ChinaTime(wire.EndTime, "endTime"),
                CurrentIndex = read.Int32(wire.CurrentIndex, "currentIndex"),
                Description = read.Text(wire.Description, "description"),
                Duration = read.OptionalText(wire.Duration, "duration"),
                RemainingTime = read.OptionalText(wire.RemainingTime, "remainingTime"),
                HeaderNotebookId = read.Text(wire.HeaderNotebookId, "headerNotebookId"),
                HeaderNotebookIp = read.Text(wire.HeaderNotebookIp, "headerNotebookIp"),
                ImagePath = read.Text(wire.ImagePath, "imagePath"),
                Version = read.Text(wire.Version, "version"),
                MountInfoList = ReadableList<ContainerMountInfo>.Of(read.Items(wire.MountInfoList, "mountInfoList")?.Select(mount => new ContainerMountInfo
                {
                    SourcePath = read.Text(mount.SourcePath, "mountInfoList.sourcePath"),
                    Type = read.Text(mount.Type, "mountInfoList.type"),
                })),
                StartScriptActionScope = read.Text(wire.StartScriptActionScope, "startScriptActionScope"),
                StartScriptPath = read.Text(wire.StartScriptPath, "startScriptPath"),
                StartScriptContent = read.Text(wire.StartScriptContent, "startScriptContent"),
                UseStartScript = read.Boolean(wire.UseStartScript, "useStartScript"),
                TaskNumber = read.Int32(wire.TaskNumber, "taskNumber"),
                TensorboardId = read.Text(wire.TensorboardId, "tensorboardId"),
                TensorboardPath = read.Text(wire.TensorboardPath, "tensorboardPath"),
                TimeoutLimit = read.Text(wire.TimeoutLimit, "timeoutLimit"),
                UserName = read.Text(wire.UserName, "userName"),
            };
            warnings.AddRange(read.Warnings);
            return instance;
        }

        public static NodeQuota ToNodeQuota(ScnetQuotaWire wire, string acceleratorType, List<string> warnings)
        {
            var read = new FieldReader("SCNet node quota", wire.ResourceGroup.Text);
            var quota = new NodeQuota
            {
                Provider = CloudProvider.Scnet,
                AcceleratorType = acceleratorType,
                ResourceGroup = read.Text(wire.ResourceGroup, "resourceGroup"),
                Id = read.Text(wire.Id, "id"),
                CpuNumber = read.Int32(wire.CpuNumber, "cpuNumber"),
                GpuNumber = read.Int32(wire.GpuNumber, "gpuNumber"),
                MluLimits = read.Int32(wire.MluLimits, "mluLimits"),
                DcuLimits = read.Int32(wire.DcuLimits, "dcuLimits"),
                NvLimits = read.Int32(wire.NvLimits, "nvLimits"),
                MemorySize = read.Int64(wire.MemorySize, "memorySize"),
                NodeNumber = read.Int32(wire.NodeNumber, "nodeNumber"),
                MaxTime = read.Text(wire.MaxTime, "maxTime"),
                UserName = read.Text(wire.UserName, "userName"),
            };
            warnings.AddRange(read.Warnings);
            return quota;
        }
    }
}
