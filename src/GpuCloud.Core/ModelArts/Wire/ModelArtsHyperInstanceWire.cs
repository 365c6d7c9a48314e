using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.ModelArts
{
    internal sealed class ModelArtsHyperInstanceWire : WireRecord
    {
        [JsonPropertyName("create_at")]
        public WireValue CreateAt { get; set; }

        [JsonPropertyName("hps_cluster_id")]
        public WireValue HpsClusterId { get; set; }

        [JsonPropertyName("hps_id")]
        public WireValue HpsId { get; set; }

        [JsonPropertyName("id")]
        public WireValue Id { get; set; }

        [JsonPropertyName("name")]
        public WireValue Name { get; set; }

        [JsonPropertyName("order_id")]
        public WireValue OrderId { get; set; }

        [JsonPropertyName("status")]
        public WireValue Status { get; set; }

        [JsonPropertyName("servers")]
        [JsonConverter(typeof(LenientListConverter<ModelArtsServerWire>))]
        public WireList<ModelArtsServerWire>? Servers { get; set; }

        [JsonPropertyName("update_at")]
        public WireValue UpdateAt { get; set; }
    }
}
