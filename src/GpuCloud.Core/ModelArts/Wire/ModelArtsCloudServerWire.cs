using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.ModelArts
{
    internal sealed class ModelArtsCloudServerWire : WireRecord
    {
        [JsonPropertyName("id")]
        public WireValue Id { get; set; }

        [JsonPropertyName("type")]
        public WireValue Type { get; set; }

        [JsonPropertyName("hps_id")]
        public WireValue HpsId { get; set; }

        [JsonPropertyName("hps_ecs_id")]
        public WireValue HpsEcsId { get; set; }
    }
}
