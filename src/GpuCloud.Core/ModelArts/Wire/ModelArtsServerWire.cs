using System.Collections.Generic;
using System.Text.Json.Serialization;
using GpuCloud.Core.Json;

namespace GpuCloud.Core.ModelArts
{
    internal sealed class ModelArtsServerWire : WireRecord
    {
        [JsonPropertyName("create_at")]
        public WireValue CreateAt { get; set; }

        [JsonPropertyName("update_at")]
        public WireValue UpdateAt { get; set; }

        [JsonPropertyName("charging_mode")]
        public WireValue ChargingMode { get; set; }

        [JsonPropertyName("cloud_server")]
        [JsonConverter(typeof(LenientRecordConverter<ModelArtsCloudServerWire>))]
        public ModelArtsCloudServerWire? CloudServer { get; set; }

        [JsonPropertyName("endpoints_response")]
        [JsonConverter(typeof(LenientListConverter<ModelArtsServerAccessWire>))]
        public WireList<ModelArtsServerAccessWire>? EndpointsResponse { get; set; }

        [JsonPropertyName("flavor")]
        public WireValue Flavor { get; set; }

        [JsonPropertyName("id")]
        public WireValue Id { get; set; }

        [JsonPropertyName("key_pair_name")]
        public WireValue KeyPairName { get; set; }

        [JsonPropertyName("name")]
        public WireValue Name { get; set; }

        [JsonPropertyName("order_id")]
        public WireValue OrderId { get; set; }

        [JsonPropertyName("server_image_response")]
        [JsonConverter(typeof(LenientRecordConverter<ModelArtsServerImageWire>))]
        public ModelArtsServerImageWire? ServerImageResponse { get; set; }

        [JsonPropertyName("status")]
        public WireValue Status { get; set; }

        [JsonPropertyName("vpc_id")]
        public WireValue VpcId { get; set; }

        [JsonPropertyName("endpoints")]
        [JsonConverter(typeof(LenientListConverter<ModelArtsServerEndpointWire>))]
        public WireList<ModelArtsServerEndpointWire>? Endpoints { get; set; }

        [JsonPropertyName("image")]
        [JsonConverter(typeof(LenientRecordConverter<ModelArtsServerImageWire>))]
        public ModelArtsServerImageWire? Image { get; set; }

        [JsonPropertyName("category")]
        public WireValue Category { get; set; }

        [JsonPropertyName("server_hps")]
        [JsonConverter(typeof(LenientRecordConverter<ModelArtsServerHpsWire>))]
        public ModelArtsServerHpsWire? ServerHps { get; set; }

        [JsonPropertyName("subnet_id")]
        public WireValue SubnetId { get; set; }
    }
}
