using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Scnet
{
    internal sealed class ScnetContainerWire : WireRecord
    {
        public WireValue Id { get; set; }

        public WireValue InstanceServiceName { get; set; }

        public WireValue Status { get; set; }

        public WireValue AcceleratorType { get; set; }

        public WireValue ResourceGroup { get; set; }

        public WireValue ResourceSpec { get; set; }

        public WireValue TaskType { get; set; }

        [JsonConverter(typeof(LenientListConverter<ScnetPortInfoWire>))]
        public WireList<ScnetPortInfoWire>? ContainerPortInfoList { get; set; }

        public WireValue CpuNumber { get; set; }

        public WireValue GpuNumber { get; set; }

        public WireValue RamSize { get; set; }

        public WireValue CreateTime { get; set; }

        public WireValue StartTime { get; set; }

        public WireValue EndTime { get; set; }

        public WireValue CurrentIndex { get; set; }

        public WireValue Description { get; set; }

        public WireValue Duration { get; set; }

        public WireValue RemainingTime { get; set; }

        public WireValue HeaderNotebookId { get; set; }

        public WireValue HeaderNotebookIp { get; set; }

        public WireValue ImagePath { get; set; }

        public WireValue Version { get; set; }

        [JsonConverter(typeof(LenientListConverter<ScnetMountInfoWire>))]
        public WireList<ScnetMountInfoWire>? MountInfoList { get; set; }

        public WireValue StartScriptActionScope { get; set; }

        public WireValue StartScriptPath { get; set; }

        public WireValue StartScriptContent { get; set; }

        public WireValue UseStartScript { get; set; }

        public WireValue TaskNumber { get; set; }

        public WireValue TensorboardId { get; set; }

        public WireValue TensorboardPath { get; set; }

        public WireValue TimeoutLimit { get; set; }

        public WireValue UserName { get; set; }
    }
}
