using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioEndpointWire : WireRecord
    {
        public WireValue Id { get; set; }

        public WireValue Name { get; set; }

        public WireValue AppName { get; set; }

        [JsonConverter(typeof(LenientRecordConverter<PpioStateWire>))]
        public PpioStateWire? State { get; set; }

        public WireValue Url { get; set; }

        [JsonConverter(typeof(LenientRecordConverter<PpioWorkerConfigWire>))]
        public PpioWorkerConfigWire? WorkerConfig { get; set; }

        [JsonConverter(typeof(LenientRecordConverter<PpioPolicyWire>))]
        public PpioPolicyWire? Policy { get; set; }

        [JsonConverter(typeof(LenientRecordConverter<PpioImageWire>))]
        public PpioImageWire? Image { get; set; }

        public WireValue RootfsSize { get; set; }

        [JsonConverter(typeof(LenientListConverter<PpioVolumeMountWire>))]
        public WireList<PpioVolumeMountWire>? VolumeMounts { get; set; }

        [JsonConverter(typeof(LenientListConverter<PpioEnvWire>))]
        public WireList<PpioEnvWire>? Envs { get; set; }

        [JsonConverter(typeof(LenientListConverter<PpioPortWire>))]
        public WireList<PpioPortWire>? Ports { get; set; }

        [JsonConverter(typeof(LenientListConverter<PpioWorkerWire>))]
        public WireList<PpioWorkerWire>? Workers { get; set; }

        [JsonConverter(typeof(LenientListConverter<PpioProductIdWire>))]
        public WireList<PpioProductIdWire>? Products { get; set; }

        [JsonConverter(typeof(LenientRecordConverter<PpioHealthCheckWire>))]
        public PpioHealthCheckWire? Healthy { get; set; }

        [JsonPropertyName("clusterID")]
        public WireValue ClusterId { get; set; }

        public WireValue Log { get; set; }
    }
}
