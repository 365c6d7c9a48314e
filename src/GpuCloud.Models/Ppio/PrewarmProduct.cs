using System;

namespace GpuCloud.Models
{
    /// <summary>A GPU product an image is prewarmed for.</summary>
    public sealed class PrewarmProduct
    {
        public string? ProductId { get; set; }

        public string? ProductName { get; set; }

        public override string ToString() => ProductName ?? ProductId ?? string.Empty;
    }
}
