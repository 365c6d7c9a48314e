using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Scnet
{
    internal sealed class ScnetAiUrlWire
    {
        public WireValue Url { get; set; }

        public WireValue Enable { get; set; }
    }
}
