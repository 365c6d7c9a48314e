using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Scnet
{
    internal sealed class ScnetQuotaWire : WireRecord
    {
        public WireValue Id { get; set; }

        public WireValue CpuNumber { get; set; }

        public WireValue MluLimits { get; set; }

        public WireValue DcuLimits { get; set; }

        public WireValue NvLimits { get; set; }

        public WireValue GpuNumber { get; set; }

        public WireValue MemorySize { get; set; }

        public WireValue ResourceGroup { get; set; }

        public WireValue UserName { get; set; }

        public WireValue NodeNumber { get; set; }

        public WireValue MaxTime { get; set; }
    }
}
