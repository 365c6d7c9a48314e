using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioEndpointListWire : WireRecord
    {
        public List<PpioEndpointWire>? Endpoints { get; set; }

        public WireValue Total { get; set; }
    }
}
