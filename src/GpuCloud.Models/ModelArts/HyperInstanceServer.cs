using System;

namespace GpuCloud.Models
{
    /// <summary>A server (sub-node) of a ModelArts DevServer hyper-node instance.</summary>
    public sealed class HyperInstanceServer
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? Status { get; set; }

        public string? Flavor { get; set; }

        public string? ChargingMode { get; set; }

        public string? Category { get; set; }

        public DateTimeOffset? CreateAt { get; set; }

        public DateTimeOffset? UpdateAt { get; set; }

        public HyperInstanceCloudServer? CloudServer { get; set; }

        public ReadableList<HyperInstanceServerAccess> EndpointsResponse { get; set; } = ReadableList<HyperInstanceServerAccess>.Empty;

        public ReadableList<HyperInstanceServerEndpoint> Endpoints { get; set; } = ReadableList<HyperInstanceServerEndpoint>.Empty;

        public HyperInstanceServerImage? ServerImageResponse { get; set; }

        public HyperInstanceServerImage? Image { get; set; }

        public string? KeyPairName { get; set; }

        public string? OrderId { get; set; }

        public HyperInstanceServerHps? ServerHps { get; set; }

        public string? VpcId { get; set; }

        public string? SubnetId { get; set; }

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
