using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.ModelArts
{
    internal sealed class ModelArtsServerImageWire : WireRecord
    {
        [JsonPropertyName("arch")]
        public WireValue Arch { get; set; }

        [JsonPropertyName("image_id")]
        public WireValue ImageId { get; set; }

        [JsonPropertyName("name")]
        public WireValue Name { get; set; }

        [JsonPropertyName("server_type")]
        public WireValue ServerType { get; set; }

        [JsonPropertyName("status")]
        public WireValue Status { get; set; }
    }
}
