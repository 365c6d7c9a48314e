using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.ModelArts
{
    internal sealed class ModelArtsServerAccessWire
    {
        [JsonPropertyName("allowed_access_ips")]
        public List<string>? AllowedAccessIps { get; set; }

        [JsonPropertyName("dev_service")]
        public WireValue DevService { get; set; }

        [JsonPropertyName("extensions")]
        public Dictionary<string, WireValue>? Extensions { get; set; }

        [JsonPropertyName("ssh_keys")]
        public List<string>? SshKeys { get; set; }
    }
}
