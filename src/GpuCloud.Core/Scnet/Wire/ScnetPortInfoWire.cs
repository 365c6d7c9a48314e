using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Scnet
{
    internal sealed class ScnetPortInfoWire : WireRecord
    {
        public WireValue AccessUrl { get; set; }

        public WireValue ContainerPort { get; set; }

        public WireValue ProtocolType { get; set; }
    }
}
