using System;

namespace GpuCloud.Models
{
    /// <summary>A service port a SCNet container exposes.</summary>
    public sealed class ContainerPortInfo
    {
        public string? AccessUrl { get; set; }

        public string? ContainerPort { get; set; }

        public string? ProtocolType { get; set; }

        public override string ToString() => ProtocolType + " " + ContainerPort + " " + AccessUrl;
    }
}
