using System.Text.Json;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.ModelArts
{
    /// <summary>Reads a ModelArts DevServer hyperinstance record (GET /v1/{project_id}/dev-servers/hyperinstance; snake_case, epoch milliseconds) straight into a <see cref="HyperInstance"/>.</summary>
    internal sealed class ModelArtsHyperInstanceReader : RecordReader<HyperInstance>
    {
        public ModelArtsHyperInstanceReader()
            : base("ModelArts hyperinstance")
        {
        }

        public override HyperInstance Read(ref Utf8JsonReader reader, FieldReader read)
        {
            var instance = new HyperInstance { Provider = CloudProvider.ModelArts };
            while (JsonRecord.NextProperty(ref reader, out var name))
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
                    instance.Servers = JsonRecord.List(ref reader, read, "servers", Server);
                }
                else
                {
                    reader.Skip();
                }
            }

            instance.ServerCount = instance.Servers.Count;
            return instance;
        }

        private static HyperInstanceServer? Server(ref Utf8JsonReader reader, FieldReader read)
        {
            if (!JsonRecord.Enter(ref reader, read, "servers"))
            {
                return null;
            }

            var server = new HyperInstanceServer();
            while (JsonRecord.NextProperty(ref reader, out var name))
            {
                if (JsonRecord.Is(name, "id"u8))
                {
                    server.Id = read.Text(ref reader, "servers.id");
                }
                else if (JsonRecord.Is(name, "name"u8))
                {
                    server.Name = read.Text(ref reader, "servers.name");
                }
                else if (JsonRecord.Is(name, "status"u8))
                {
                    server.Status = read.Text(ref reader, "servers.status");
                }
                else if (JsonRecord.Is(name, "flavor"u8))
                {
                    server.Flavor = read.Text(ref reader, "servers.flavor");
                }
                else if (JsonRecord.Is(name, "charging_mode"u8))
                {
                    server.ChargingMode = read.Text(ref reader, "servers.charging_mode");
                }
                else if (JsonRecord.Is(name, "category"u8))
                {
                    server.Category = read.Text(ref reader, "servers.category");
                }
                else if (JsonRecord.Is(name, "create_at"u8))
                {
                    server.CreateAt = read.UnixMilliseconds(ref reader, "servers.create_at");
                }
                else if (JsonRecord.Is(name, "update_at"u8))
                {
                    server.UpdateAt = read.UnixMilliseconds(ref reader, "servers.update_at");
                }
                else if (JsonRecord.Is(name, "cloud_server"u8))
                {
                    server.CloudServer = CloudServer(ref reader, read);
                }
                else if (JsonRecord.Is(name, "endpoints_response"u8))
                {
                    server.EndpointsResponse = JsonRecord.List(ref reader, read, "servers.endpoints_response", Access);
                }
                else if (JsonRecord.Is(name, "endpoints"u8))
                {
                    server.Endpoints = JsonRecord.List(ref reader, read, "servers.endpoints", Endpoint);
                }
                else if (JsonRecord.Is(name, "server_image_response"u8))
                {
                    server.ServerImageResponse = Image(ref reader, read, "servers.server_image_response");
                }
                else if (JsonRecord.Is(name, "image"u8))
                {
                    server.Image = Image(ref reader, read, "servers.image");
                }
                else if (JsonRecord.Is(name, "key_pair_name"u8))
                {
                    server.KeyPairName = read.Text(ref reader, "servers.key_pair_name");
                }
                else if (JsonRecord.Is(name, "order_id"u8))
                {
                    server.OrderId = read.Text(ref reader, "servers.order_id");
                }
                else if (JsonRecord.Is(name, "server_hps"u8))
                {
                    server.ServerHps = ServerHps(ref reader, read);
                }
                else if (JsonRecord.Is(name, "vpc_id"u8))
                {
                    server.VpcId = read.Text(ref reader, "servers.vpc_id");
                }
                else if (JsonRecord.Is(name, "subnet_id"u8))
                {
                    server.SubnetId = read.Text(ref reader, "servers.subnet_id");
                }
                else
                {
                    reader.Skip();
                }
            }

            return server;
        }

        private static HyperInstanceCloudServer? CloudServer(ref Utf8JsonReader reader, FieldReader read)
        {
            if (!JsonRecord.Enter(ref reader, read, "servers.cloud_server"))
            {
                return null;
            }

            var cloudServer = new HyperInstanceCloudServer();
            while (JsonRecord.NextProperty(ref reader, out var name))
            {
                if (JsonRecord.Is(name, "id"u8))
                {
                    cloudServer.Id = read.Text(ref reader, "servers.cloud_server.id");
                }
                else if (JsonRecord.Is(name, "type"u8))
                {
                    cloudServer.Type = read.Text(ref reader, "servers.cloud_server.type");
                }
                else if (JsonRecord.Is(name, "hps_id"u8))
                {
                    cloudServer.HpsId = read.Text(ref reader, "servers.cloud_server.hps_id");
                }
                else if (JsonRecord.Is(name, "hps_ecs_id"u8))
                {
                    cloudServer.HpsEcsId = read.Text(ref reader, "servers.cloud_server.hps_ecs_id");
                }
                else
                {
                    reader.Skip();
                }
            }

            return cloudServer;
        }

        private static HyperInstanceServerAccess? Access(ref Utf8JsonReader reader, FieldReader read)
        {
            if (!JsonRecord.Enter(ref reader, read, "servers.endpoints_response"))
            {
                return null;
            }

            var access = new HyperInstanceServerAccess();
            while (JsonRecord.NextProperty(ref reader, out var name))
            {
                if (JsonRecord.Is(name, "allowed_access_ips"u8))
                {
                    access.AllowedAccessIps = JsonRecord.Strings(ref reader, read, "servers.endpoints_response.allowed_access_ips");
                }
                else if (JsonRecord.Is(name, "dev_service"u8))
                {
                    access.DevService = read.Text(ref reader, "servers.endpoints_response.dev_service");
                }
                else if (JsonRecord.Is(name, "extensions"u8))
                {
                    access.Extensions = JsonRecord.TextMap(ref reader, read, "servers.endpoints_response.extensions");
                }
                else if (JsonRecord.Is(name, "ssh_keys"u8))
                {
                    access.SshKeys = JsonRecord.Strings(ref reader, read, "servers.endpoints_response.ssh_keys");
                }
                else
                {
                    reader.Skip();
                }
            }

            return access;
        }

        private static HyperInstanceServerEndpoint? Endpoint(ref Utf8JsonReader reader, FieldReader read)
        {
            if (!JsonRecord.Enter(ref reader, read, "servers.endpoints"))
            {
                return null;
            }

            var endpoint = new HyperInstanceServerEndpoint();
            while (JsonRecord.NextProperty(ref reader, out var name))
            {
                if (JsonRecord.Is(name, "allowed_access_ips"u8))
                {
                    endpoint.AllowedAccessIps = JsonRecord.Strings(ref reader, read, "servers.endpoints.allowed_access_ips");
                }
                else if (JsonRecord.Is(name, "dev_service"u8))
                {
                    endpoint.DevService = read.Text(ref reader, "servers.endpoints.dev_service");
                }
                else if (JsonRecord.Is(name, "ssh_keys"u8))
                {
                    endpoint.SshKeys = JsonRecord.Strings(ref reader, read, "servers.endpoints.ssh_keys");
                }
                else if (JsonRecord.Is(name, "service"u8))
                {
                    endpoint.Service = read.Text(ref reader, "servers.endpoints.service");
                }
                else if (JsonRecord.Is(name, "uri"u8))
                {
                    endpoint.Uri = read.Text(ref reader, "servers.endpoints.uri");
                }
                else
                {
                    reader.Skip();
                }
            }

            return endpoint;
        }

        private static HyperInstanceServerImage? Image(ref Utf8JsonReader reader, FieldReader read, string field)
        {
            if (!JsonRecord.Enter(ref reader, read, field))
            {
                return null;
            }

            var image = new HyperInstanceServerImage();
            while (JsonRecord.NextProperty(ref reader, out var name))
            {
                if (JsonRecord.Is(name, "arch"u8))
                {
                    image.Arch = read.Text(ref reader, field + ".arch");
                }
                else if (JsonRecord.Is(name, "image_id"u8))
                {
                    image.ImageId = read.Text(ref reader, field + ".image_id");
                }
                else if (JsonRecord.Is(name, "name"u8))
                {
                    image.Name = read.Text(ref reader, field + ".name");
                }
                else if (JsonRecord.Is(name, "server_type"u8))
                {
                    image.ServerType = read.Text(ref reader, field + ".server_type");
                }
                else if (JsonRecord.Is(name, "status"u8))
                {
                    image.Status = read.Text(ref reader, field + ".status");
                }
                else
                {
                    reader.Skip();
                }
            }

            return image;
        }

        private static HyperInstanceServerHps? ServerHps(ref Utf8JsonReader reader, FieldReader read)
        {
            if (!JsonRecord.Enter(ref reader, read, "servers.server_hps"))
            {
                return null;
            }

            var hps = new HyperInstanceServerHps();
            while (JsonRecord.NextProperty(ref reader, out var name))
            {
                if (JsonRecord.Is(name, "id"u8))
                {
                    hps.Id = read.Text(ref reader, "servers.server_hps.id");
                }
                else if (JsonRecord.Is(name, "name"u8))
                {
                    hps.Name = read.Text(ref reader, "servers.server_hps.name");
                }
                else
                {
                    reader.Skip();
                }
            }

            return hps;
        }
    }
}
