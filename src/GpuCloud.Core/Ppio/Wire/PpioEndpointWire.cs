using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioEndpointWire
    {
        public WireValue Id { get; set; }

        public WireValue Name { get; set; }

        public WireValue AppName { get; set; }

        public PpioStateWire? State { get; set; }

        public WireValue Url { get; set; }

        public PpioWorkerConfigWire? WorkerConfig { get; set; }

        public PpioPolicyWire? Policy { get; set; }

        public PpioImageWire? Image { get; set; }

        public WireValue RootfsSize { get; set; }

        public List<PpioVolumeMountWire>? VolumeMounts { get; set; }

        public List<PpioEnvWire>? Envs { get; set; }

        public List<PpioPortWire>? Ports { get; set; }

        public List<PpioWorkerWire>? Workers { get; set; }

        public List<PpioProductIdWire>? Products { get; set; }

        public PpioHealthCheckWire? Healthy { get; set; }

        [JsonPropertyName("clusterID")]
        public WireValue ClusterId { get; set; }

        public WireValue Log { get; set; }
    }
}
