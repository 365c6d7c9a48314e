using System;

namespace GpuCloud.Models
{
    /// <summary>Container image of a PPIO endpoint.</summary>
    public sealed class EndpointImage
    {
        public string? Image { get; set; }

        public string? AuthId { get; set; }

        public string? Command { get; set; }

        public override string ToString() => Image ?? string.Empty;
    }
}
