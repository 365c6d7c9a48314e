using GpuCloud.Core.Json;

namespace GpuCloud.Core.Scnet
{
    internal sealed class ScnetRegionTokenWire
    {
        public WireValue ClusterId { get; set; }

        public WireValue ClusterName { get; set; }

        public WireValue Token { get; set; }
    }
}
