using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.ModelArts
{
    internal sealed class ModelArtsServerAccessWire : WireRecord
    {
        [JsonPropertyName("allowed_access_ips")]
        [JsonConverter(typeof(LenientListConverter<string>))]
        public WireList<string>? AllowedAccessIps { get; set; }

        [JsonPropertyName("dev_service")]
        public WireValue DevService { get; set; }

        [JsonPropertyName("extensions")]
        public Dictionary<string, WireValue>? Extensions { get; set; }

        [JsonPropertyName("ssh_keys")]
        [JsonConverter(typeof(LenientListConverter<string>))]
        public WireList<string>? SshKeys { get; set; }
    }
}
