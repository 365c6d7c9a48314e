using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.ModelArts
{
    internal sealed class ModelArtsErrorWire
    {
        [JsonPropertyName("error_code")]
        public WireValue ErrorCode { get; set; }

        [JsonPropertyName("error_msg")]
        public WireValue ErrorMsg { get; set; }

        [JsonPropertyName("request_id")]
        public WireValue RequestId { get; set; }
    }
}
