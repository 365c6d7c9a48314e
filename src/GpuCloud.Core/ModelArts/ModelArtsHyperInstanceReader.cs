using System;
using System.Text.Json;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.ModelArts
{
    /// <summary>Reads a ModelArts DevServer hyperinstance record (GET /v1/{project_id}/dev-servers/hyperinstance; snake_case, epoch milliseconds) straight into a <see cref="HyperInstance"/>.</summary>
    internal sealed class ModelArtsHyperInstanceReader : RecordReader<HyperInstance>
    {
        private static readonly RecordShape<HyperInstanceServer> ServerShape = new RecordShape<HyperInstanceServer>(() => new HyperInstanceServer(), ServerProperty);
        private static readonly RecordShape<HyperInstanceCloudServer> CloudServerShape = new RecordShape<HyperInstanceCloudServer>(() => new HyperInstanceCloudServer(), CloudServerProperty);
        private static readonly RecordShape<HyperInstanceServerAccess> AccessShape = new RecordShape<HyperInstanceServerAccess>(() => new HyperInstanceServerAccess(), AccessProperty);
        private static readonly RecordShape<HyperInstanceServerEndpoint> EndpointShape = new RecordShape<HyperInstanceServerEndpoint>(() => new HyperInstanceServerEndpoint(), EndpointProperty);
        private static readonly RecordShape<HyperInstanceServerImage> ImageShape = new RecordShape<HyperInstanceServerImage>(() => new HyperInstanceServerImage(), ImageProperty);
        private static readonly RecordShape<HyperInstanceServerHps> ServerHpsShape = new RecordShape<HyperInstanceServerHps>(() => new HyperInstanceServerHps(), ServerHpsProperty);

        public ModelArtsHyperInstanceReader()
            : base("ModelArts hyperinstance")
        {
        }

        protected override HyperInstance Create() => new HyperInstance { Provider = CloudProvider.ModelArts };

        protected override bool ReadProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, HyperInstance instance)
        {
            if (JsonRecord.Is(name, "id"u8))
            {
                instance.Id = read.Id(ref reader, "id");
            }
            else if (JsonRecord.Is(name, "name"u8))
            {
                instance.Name = read.Text(ref reader, "name");
            }
            else if (JsonRecord.Is(name, "status"u8))
            {
                instance.Status = read.Text(ref reader, "status");
            }
            else if (JsonRecord.Is(name, "hps_cluster_id"u8))
            {
                instance.HpsClusterId = read.Text(ref reader, "hps_cluster_id");
            }
            else if (JsonRecord.Is(name, "hps_id"u8))
            {
                instance.HpsId = read.Text(ref reader, "hps_id");
            }
            else if (JsonRecord.Is(name, "order_id"u8))
            {
                instance.OrderId = read.Text(ref reader, "order_id");
            }
            else if (JsonRecord.Is(name, "create_at"u8))
            {
                instance.CreateAt = read.UnixMilliseconds(ref reader, "create_at");
            }
            else if (JsonRecord.Is(name, "update_at"u8))
            {
                instance.UpdateAt = read.UnixMilliseconds(ref reader, "update_at");
            }
            else if (JsonRecord.Is(name, "servers"u8))
            {
                instance.Servers = JsonRecord.List(ref reader, read, "servers", ServerShape);
            }
            else
            {
                return false;
            }

            return true;
        }

        protected override HyperInstance Completed(HyperInstance instance)
        {
            instance.ServerCount = instance.Servers.Count;
            return instance;
        }

        private static bool ServerProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, HyperInstanceServer server)
        {
            if (JsonRecord.Is(name, "id"u8))
            {
                server.Id = read.Text(ref reader, "id");
            }
            else if (JsonRecord.Is(name, "name"u8))
            {
                server.Name = read.Text(ref reader, "name");
            }
            else if (JsonRecord.Is(name, "status"u8))
            {
                server.Status = read.Text(ref reader, "status");
            }
            else if (JsonRecord.Is(name, "flavor"u8))
            {
                server.Flavor = read.Text(ref reader, "flavor");
            }
            else if (JsonRecord.Is(name, "charging_mode"u8))
            {
                server.ChargingMode = read.Text(ref reader, "charging_mode");
            }
            else if (JsonRecord.Is(name, "category"u8))
            {
                server.Category = read.Text(ref reader, "category");
            }
            else if (JsonRecord.Is(name, "create_at"u8))
            {
                server.CreateAt = read.UnixMilliseconds(ref reader, "create_at");
            }
            else if (JsonRecord.Is(name, "update_at"u8))
            {
                server.UpdateAt = read.UnixMilliseconds(ref reader, "update_at");
            }
            else if (JsonRecord.Is(name, "cloud_server"u8))
            {
                server.CloudServer = JsonRecord.Object(ref reader, read, "cloud_server", CloudServerShape);
            }
            else if (JsonRecord.Is(name, "endpoints_response"u8))
            {
                server.EndpointsResponse = JsonRecord.List(ref reader, read, "endpoints_response", AccessShape);
            }
            else if (JsonRecord.Is(name, "endpoints"u8))
            {
                server.Endpoints = JsonRecord.List(ref reader, read, "endpoints", EndpointShape);
            }
            else if (JsonRecord.Is(name, "server_image_response"u8))
            {
                server.ServerImageResponse = JsonRecord.Object(ref reader, read, "server_image_response", ImageShape);
            }
            else if (JsonRecord.Is(name, "image"u8))
            {
                server.Image = JsonRecord.Object(ref reader, read, "image", ImageShape);
            }
            else if (JsonRecord.Is(name, "key_pair_name"u8))
            {
                server.KeyPairName = read.Text(ref reader, "key_pair_name");
            }
            else if (JsonRecord.Is(name, "order_id"u8))
            {
                server.OrderId = read.Text(ref reader, "order_id");
            }
            else if (JsonRecord.Is(name, "server_hps"u8))
            {
                server.ServerHps = JsonRecord.Object(ref reader, read, "server_hps", ServerHpsShape);
            }
            else if (JsonRecord.Is(name, "vpc_id"u8))
            {
                server.VpcId = read.Text(ref reader, "vpc_id");
            }
            else if (JsonRecord.Is(name, "subnet_id"u8))
            {
                server.SubnetId = read.Text(ref reader, "subnet_id");
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool CloudServerProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, HyperInstanceCloudServer cloudServer)
        {
            if (JsonRecord.Is(name, "id"u8))
            {
                cloudServer.Id = read.Text(ref reader, "id");
            }
            else if (JsonRecord.Is(name, "type"u8))
            {
                cloudServer.Type = read.Text(ref reader, "type");
            }
            else if (JsonRecord.Is(name, "hps_id"u8))
            {
                cloudServer.HpsId = read.Text(ref reader, "hps_id");
            }
            else if (JsonRecord.Is(name, "hps_ecs_id"u8))
            {
                cloudServer.HpsEcsId = read.Text(ref reader, "hps_ecs_id");
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool AccessProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, HyperInstanceServerAccess access)
        {
            if (JsonRecord.Is(name, "allowed_access_ips"u8))
            {
                access.AllowedAccessIps = JsonRecord.Strings(ref reader, read, "allowed_access_ips");
            }
            else if (JsonRecord.Is(name, "dev_service"u8))
            {
                access.DevService = read.Text(ref reader, "dev_service");
            }
            else if (JsonRecord.Is(name, "extensions"u8))
            {
                access.Extensions = JsonRecord.TextMap(ref reader, read, "extensions");
            }
            else if (JsonRecord.Is(name, "ssh_keys"u8))
            {
                access.SshKeys = JsonRecord.Strings(ref reader, read, "ssh_keys");
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool EndpointProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, HyperInstanceServerEndpoint endpoint)
        {
            if (JsonRecord.Is(name, "allowed_access_ips"u8))
            {
                endpoint.AllowedAccessIps = JsonRecord.Strings(ref reader, read, "allowed_access_ips");
            }
            else if (JsonRecord.Is(name, "dev_service"u8))
            {
                endpoint.DevService = read.Text(ref reader, "dev_service");
            }
            else if (JsonRecord.Is(name, "ssh_keys"u8))
            {
                endpoint.SshKeys = JsonRecord.Strings(ref reader, read, "ssh_keys");
            }
            else if (JsonRecord.Is(name, "service"u8))
            {
                endpoint.Service = read.Text(ref reader, "service");
            }
            else if (JsonRecord.Is(name, "uri"u8))
            {
                endpoint.Uri = read.Text(ref reader, "uri");
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool ImageProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, HyperInstanceServerImage image)
        {
            if (JsonRecord.Is(name, "arch"u8))
            {
                image.Arch = read.Text(ref reader, "arch");
            }
            else if (JsonRecord.Is(name, "image_id"u8))
            {
                image.ImageId = read.Text(ref reader, "image_id");
            }
            else if (JsonRecord.Is(name, "name"u8))
            {
                image.Name = read.Text(ref reader, "name");
            }
            else if (JsonRecord.Is(name, "server_type"u8))
            {
                image.ServerType = read.Text(ref reader, "server_type");
            }
            else if (JsonRecord.Is(name, "status"u8))
            {
                image.Status = read.Text(ref reader, "status");
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool ServerHpsProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, HyperInstanceServerHps hps)
        {
            if (JsonRecord.Is(name, "id"u8))
            {
                hps.Id = read.Text(ref reader, "id");
            }
            else if (JsonRecord.Is(name, "name"u8))
            {
                hps.Name = read.Text(ref reader, "name");
            }
            else
            {
                return false;
            }

            return true;
        }
    }
}
