using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.ModelArts
{
    internal sealed class ModelArtsServerHpsWire : WireRecord
    {
        [JsonPropertyName("id")]
        public WireValue Id { get; set; }

        [JsonPropertyName("name")]
        public WireValue Name { get; set; }
    }
}
