using System.Text.Json.Serialization;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Ppio
{
    internal sealed class PpioEndpointListWire
    {
        [JsonConverter(typeof(RecordListConverter<PpioEndpointReader, GpuEndpoint>))]
        public MappedList<GpuEndpoint>? Endpoints { get; set; }

        public WireValue Total { get; set; }
    }
}
