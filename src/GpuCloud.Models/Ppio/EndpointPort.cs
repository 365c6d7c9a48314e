using System;

namespace GpuCloud.Models
{
    /// <summary>A port exposed by a PPIO endpoint.</summary>
    public sealed class EndpointPort
    {
        public string? Port { get; set; }

        public override string ToString() => Port ?? string.Empty;
    }
}
