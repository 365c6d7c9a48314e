using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.ModelArts
{
    internal sealed class ModelArtsHyperInstanceListWire : WireRecord
    {
        [JsonPropertyName("current")]
        public WireValue Current { get; set; }

        [JsonPropertyName("data")]
        public List<ModelArtsHyperInstanceWire>? Data { get; set; }

        [JsonPropertyName("pages")]
        public WireValue Pages { get; set; }

        [JsonPropertyName("size")]
        public WireValue Size { get; set; }

        [JsonPropertyName("total")]
        public WireValue Total { get; set; }
    }
}
