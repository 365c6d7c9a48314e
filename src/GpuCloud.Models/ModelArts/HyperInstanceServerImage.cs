using System;

namespace GpuCloud.Models
{
    /// <summary>The image of a ModelArts DevServer.</summary>
    public sealed class HyperInstanceServerImage
    {
        public string? Arch { get; set; }

        public string? ImageId { get; set; }

        public string? Name { get; set; }

        public string? ServerType { get; set; }

        public string? Status { get; set; }

        public override string ToString() => Name ?? ImageId ?? string.Empty;
    }
}
