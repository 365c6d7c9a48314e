using GpuCloud.Core.Json;

namespace GpuCloud.Core.Scnet
{
    internal sealed class ScnetAiUrlWire
    {
        public WireValue Url { get; set; }

        public WireValue Enable { get; set; }
    }
}
