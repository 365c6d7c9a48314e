using System.Text.Json.Serialization;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.ModelArts
{
    internal sealed class ModelArtsHyperInstanceListWire
    {
        [JsonPropertyName("current")]
        public WireValue Current { get; set; }

        [JsonPropertyName("data")]
        [JsonConverter(typeof(RecordListConverter<ModelArtsHyperInstanceReader, HyperInstance>))]
        public MappedList<HyperInstance>? Data { get; set; }

        [JsonPropertyName("pages")]
        public WireValue Pages { get; set; }

        [JsonPropertyName("size")]
        public WireValue Size { get; set; }

        [JsonPropertyName("total")]
        public WireValue Total { get; set; }
    }
}
