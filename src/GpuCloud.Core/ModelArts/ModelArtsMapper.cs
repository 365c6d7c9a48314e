using System.Collections.Generic;
using System.Linq;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.ModelArts
{
    /// <summary>ModelArts wire records (snake_case, epoch milliseconds) to output objects.</summary>
    internal static class ModelArtsMapper
    {
        public static HyperInstance ToHyperInstance(ModelArtsHyperInstanceWire wire, List<string> warnings)
        {
            var read = new FieldReader("ModelArts hyperinstance", wire.Id.Text);
            var servers = (read.Items(wire.Servers, "servers") ?? Enumerable.Empty<ModelArtsServerWire>()).Select(server => ToServer(server, read)).ToList();
            var instance = new HyperInstance
            {
                Provider = CloudProvider.ModelArts,
                Id = read.Text(wire.Id, "id"),
                Name = read.Text(wire.Name, "name"),
                Status = read.Text(wire.Status, "status"),
                HpsClusterId = read.Text(wire.HpsClusterId, "hps_cluster_id"),
                HpsId = read.Text(wire.HpsId, "hps_id"),
                OrderId = read.Text(wire.OrderId, "order_id"),
                CreateAt = read.UnixMilliseconds(wire.CreateAt, "create_at"),
                UpdateAt = read.UnixMilliseconds(wire.UpdateAt, "update_at"),
                Servers = ReadableList<HyperInstanceServer>.Of(servers),
                ServerCount = servers.Count,
            };
            warnings.AddRange(read.Warnings);
            return instance;
        }

        private static HyperInstanceServer ToServer(ModelArtsServerWire wire, FieldReader read)
        {
            var cloudServer = read.Nested(wire.CloudServer, "servers.cloud_server");
            var serverHps = read.Nested(wire.ServerHps, "servers.server_hps");
            return new HyperInstanceServer
            {
                Id = read.Text(wire.Id, "servers.id"),
                Name = read.Text(wire.Name, "servers.name"),
                Status = read.Text(wire.Status, "servers.status"),
                Flavor = read.Text(wire.Flavor, "servers.flavor"),
                ChargingMode = read.Text(wire.ChargingMode, "servers.charging_mode"),
                Category = read.Text(wire.Category, "servers.category"),
                CreateAt = read.UnixMilliseconds(wire.CreateAt, "servers.create_at"),
                UpdateAt = read.UnixMilliseconds(wire.UpdateAt, "servers.update_at"),
                CloudServer = cloudServer == null ? null : new HyperInstanceCloudServer
                {
                    Id = read.Text(cloudServer.Id, "servers.cloud_server.id"),
                    Type = read.Text(cloudServer.Type, "servers.cloud_server.type"),
                    HpsId = read.Text(cloudServer.HpsId, "servers.cloud_server.hps_id"),
                    HpsEcsId = read.Text(cloudServer.HpsEcsId, "servers.cloud_server.hps_ecs_id"),
                },
                EndpointsResponse = ReadableList<HyperInstanceServerAccess>.Of(read.Items(wire.EndpointsResponse, "servers.endpoints_response")?.Select(access => new HyperInstanceServerAccess
                {
                    AllowedAccessIps = ReadableList<string>.Of(read.Items(access.AllowedAccessIps, "servers.endpoints_response.allowed_access_ips")),
                    DevService = read.Text(access.DevService, "servers.endpoints_response.dev_service"),
                    Extensions = new ReadableMap(access.Extensions?.Select(entry => new KeyValuePair<string, string?>(entry.Key, read.Text(entry.Value, "servers.endpoints_response.extensions." + entry.Key)))),
                    SshKeys = ReadableList<string>.Of(read.Items(access.SshKeys, "servers.endpoints_response.ssh_keys")),
                })),
                Endpoints = ReadableList<HyperInstanceServerEndpoint>.Of(read.Items(wire.Endpoints, "servers.endpoints")?.Select(endpoint => new HyperInstanceServerEndpoint
                {
                    AllowedAccessIps = ReadableList<string>.Of(read.Items(endpoint.AllowedAccessIps, "servers.endpoints.allowed_access_ips")),
                    DevService = read.Text(endpoint.DevService, "servers.endpoints.dev_service"),
                    SshKeys = ReadableList<string>.Of(read.Items(endpoint.SshKeys, "servers.endpoints.ssh_keys")),
                    Service = read.Text(endpoint.Service, "servers.endpoints.service"),
                    Uri = read.Text(endpoint.Uri, "servers.endpoints.uri"),
                })),
                ServerImageResponse = ToImage(wire.ServerImageResponse, read, "servers.server_image_response"),
                Image = ToImage(wire.Image, read, "servers.image"),
                KeyPairName = read.Text(wire.KeyPairName, "servers.key_pair_name"),
                OrderId = read.Text(wire.OrderId, "servers.order_id"),
                ServerHps = serverHps == null ? null : new HyperInstanceServerHps { Id = read.Text(serverHps.Id, "servers.server_hps.id"), Name = read.Text(serverHps.Name, "servers.server_hps.name") },
                VpcId = read.Text(wire.VpcId, "servers.vpc_id"),
                SubnetId = read.Text(wire.SubnetId, "servers.subnet_id"),
            };
        }

        private static HyperInstanceServerImage? ToImage(ModelArtsServerImageWire? wire, FieldReader read, string field)
        {
            var image = read.Nested(wire, field);
            return image == null ? null : new HyperInstanceServerImage
            {
                Arch = read.Text(image.Arch, field + ".arch"),
                ImageId = read.Text(image.ImageId, field + ".image_id"),
                Name = read.Text(image.Name, field + ".name"),
                ServerType = read.Text(image.ServerType, field + ".server_type"),
                Status = read.Text(image.Status, field + ".status"),
            };
        }
    }
}
