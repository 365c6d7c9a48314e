using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioWorkerWire : WireRecord
    {
        public WireValue Id { get; set; }

        [JsonConverter(typeof(LenientRecordConverter<PpioStateWire>))]
        public PpioStateWire? State { get; set; }

        public WireValue Log { get; set; }

        public WireValue Metrics { get; set; }

        public WireValue Healthy { get; set; }
    }
}
