using System;
using System.Text.Json;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Scnet
{
    /// <summary>Reads a SCNet container instance detail (GET /ai/openapi/v2/instance-service/{id}/detail; times in China time, "--" for no value) straight into a <see cref="ContainerInstance"/>.</summary>
    internal sealed class ScnetContainerInstanceReader : RecordReader<ContainerInstance>
    {
        private static readonly RecordShape<ContainerPortInfo> PortInfoShape = new RecordShape<ContainerPortInfo>(() => new ContainerPortInfo(), PortInfoProperty);
        private static readonly RecordShape<ContainerMountInfo> MountInfoShape = new RecordShape<ContainerMountInfo>(() => new ContainerMountInfo(), MountInfoProperty);

        public ScnetContainerInstanceReader()
            : base("SCNet container instance")
        {
        }

        protected override ContainerInstance Create() => new ContainerInstance { Provider = CloudProvider.Scnet };

        protected override bool ReadProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, ContainerInstance instance)
        {
            if (JsonRecord.Is(name, "id"u8))
            {
                instance.Id = read.Id(ref reader, "id");
            }
            else if (JsonRecord.Is(name, "instanceservicename"u8))
            {
                instance.InstanceServiceName = read.Text(ref reader, "instanceServiceName");
            }
            else if (JsonRecord.Is(name, "status"u8))
            {
                instance.Status = read.Text(ref reader, "status");
            }
            else if (JsonRecord.Is(name, "acceleratortype"u8))
            {
                instance.AcceleratorType = read.Text(ref reader, "acceleratorType");
            }
            else if (JsonRecord.Is(name, "resourcegroup"u8))
            {
                instance.ResourceGroup = read.Text(ref reader, "resourceGroup");
            }
            else if (JsonRecord.Is(name, "resourcespec"u8))
            {
                instance.ResourceSpec = read.Text(ref reader, "resourceSpec");
            }
            else if (JsonRecord.Is(name, "tasktype"u8))
            {
                instance.TaskType = read.Text(ref reader, "taskType");
            }
            else if (JsonRecord.Is(name, "containerportinfolist"u8))
            {
                instance.ContainerPortInfoList = JsonRecord.List(ref reader, read, "containerPortInfoList", PortInfoShape);
            }
            else if (JsonRecord.Is(name, "cpunumber"u8))
            {
                instance.CpuNumber = read.Int32(ref reader, "cpuNumber");
            }
            else if (JsonRecord.Is(name, "gpunumber"u8))
            {
                instance.GpuNumber = read.Int32(ref reader, "gpuNumber");
            }
            else if (JsonRecord.Is(name, "ramsize"u8))
            {
                instance.RamSize = read.Int32(ref reader, "ramSize");
            }
            else if (JsonRecord.Is(name, "createtime"u8))
            {
                instance.CreateTime = read.ChinaTime(ref reader, "createTime");
            }
            else if (JsonRecord.Is(name, "starttime"u8))
            {
                instance.StartTime = read.ChinaTime(ref reader, "startTime");
            }
            else if (JsonRecord.Is(name, "endtime"u8))
            {
                instance.EndTime = read.ChinaTime(ref reader, "endTime");
            }
            else if (JsonRecord.Is(name, "currentindex"u8))
            {
                instance.CurrentIndex = read.Int32(ref reader, "currentIndex");
            }
            else if (JsonRecord.Is(name, "description"u8))
            {
                instance.Description = read.Text(ref reader, "description");
            }
            else if (JsonRecord.Is(name, "duration"u8))
            {
                instance.Duration = read.OptionalText(ref reader, "duration");
            }
            else if (JsonRecord.Is(name, "remainingtime"u8))
            {
                instance.RemainingTime = read.OptionalText(ref reader, "remainingTime");
            }
            else if (JsonRecord.Is(name, "headernotebookid"u8))
            {
                instance.HeaderNotebookId = read.Text(ref reader, "headerNotebookId");
            }
            else if (JsonRecord.Is(name, "headernotebookip"u8))
            {
                instance.HeaderNotebookIp = read.Text(ref reader, "headerNotebookIp");
            }
            else if (JsonRecord.Is(name, "imagepath"u8))
            {
                instance.ImagePath = read.Text(ref reader, "imagePath");
            }
            else if (JsonRecord.Is(name, "version"u8))
            {
                instance.Version = read.Text(ref reader, "version");
            }
            else if (JsonRecord.Is(name, "mountinfolist"u8))
            {
                instance.MountInfoList = JsonRecord.List(ref reader, read, "mountInfoList", MountInfoShape);
            }
            else if (JsonRecord.Is(name, "startscriptactionscope"u8))
            {
                instance.StartScriptActionScope = read.Text(ref reader, "startScriptActionScope");
            }
            else if (JsonRecord.Is(name, "startscriptpath"u8))
            {
                instance.StartScriptPath = read.Text(ref reader, "startScriptPath");
            }
            else if (JsonRecord.Is(name, "startscriptcontent"u8))
            {
                instance.StartScriptContent = read.Text(ref reader, "startScriptContent");
            }
            else if (JsonRecord.Is(name, "usestartscript"u8))
            {
                instance.UseStartScript = read.Boolean(ref reader, "useStartScript");
            }
            else if (JsonRecord.Is(name, "tasknumber"u8))
            {
                instance.TaskNumber = read.Int32(ref reader, "taskNumber");
            }
            else if (JsonRecord.Is(name, "tensorboardid"u8))
            {
                instance.TensorboardId = read.Text(ref reader, "tensorboardId");
            }
            else if (JsonRecord.Is(name, "tensorboardpath"u8))
            {
                instance.TensorboardPath = read.Text(ref reader, "tensorboardPath");
            }
            else if (JsonRecord.Is(name, "timeoutlimit"u8))
            {
                instance.TimeoutLimit = read.Text(ref reader, "timeoutLimit");
            }
            else if (JsonRecord.Is(name, "username"u8))
            {
                instance.UserName = read.Text(ref reader, "userName");
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool PortInfoProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, ContainerPortInfo port)
        {
            if (JsonRecord.Is(name, "accessurl"u8))
            {
                port.AccessUrl = read.Text(ref reader, "accessUrl");
            }
            else if (JsonRecord.Is(name, "containerport"u8))
            {
                port.ContainerPort = read.Text(ref reader, "containerPort");
            }
            else if (JsonRecord.Is(name, "protocoltype"u8))
            {
                port.ProtocolType = read.Text(ref reader, "protocolType");
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool MountInfoProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, ContainerMountInfo mount)
        {
            if (JsonRecord.Is(name, "sourcepath"u8))
            {
                mount.SourcePath = read.Text(ref reader, "sourcePath");
            }
            else if (JsonRecord.Is(name, "type"u8))
            {
                mount.Type = read.Text(ref reader, "type");
            }
            else
            {
                return false;
            }

            return true;
        }
    }
}
