using System;

namespace GpuCloud.Models
{
    /// <summary>A GPU product a PPIO endpoint may run on.</summary>
    public sealed class EndpointProduct
    {
        public string? Id { get; set; }

        public override string ToString() => Id ?? string.Empty;
    }
}
