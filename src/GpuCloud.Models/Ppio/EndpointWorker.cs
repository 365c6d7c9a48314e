using System;

namespace GpuCloud.Models
{
    /// <summary>A worker serving a PPIO endpoint.</summary>
    public sealed class EndpointWorker
    {
        public string? Id { get; set; }

        public EndpointState? State { get; set; }

        public string? Log { get; set; }

        public string? Metrics { get; set; }

        public bool? Healthy { get; set; }

        public override string ToString() => Id + " " + State;
    }
}
