using System;

namespace GpuCloud.Models
{
    /// <summary>The hyper-node a ModelArts DevServer belongs to.</summary>
    public sealed class HyperInstanceServerHps
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
