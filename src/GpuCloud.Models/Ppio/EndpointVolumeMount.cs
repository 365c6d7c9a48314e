using System;

namespace GpuCloud.Models
{
    /// <summary>A volume mounted into a PPIO endpoint.</summary>
    public sealed class EndpointVolumeMount
    {
        public string? Type { get; set; }

        public string? Id { get; set; }

        public long? Size { get; set; }

        public string? MountPath { get; set; }

        public override string ToString() => Type + ":" + Id + "->" + MountPath;
    }
}
