using System;

namespace GpuCloud.Models
{
    /// <summary>Auto-scaling policy of a PPIO endpoint.</summary>
    public sealed class EndpointPolicy
    {
        public string? Type { get; set; }

        public string? Value { get; set; }

        public override string ToString() => Type + "=" + Value;
    }
}
