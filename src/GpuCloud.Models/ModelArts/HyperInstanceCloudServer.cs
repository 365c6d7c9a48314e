using System;

namespace GpuCloud.Models
{
    /// <summary>The cloud server behind a ModelArts DevServer.</summary>
    public sealed class HyperInstanceCloudServer
    {
        public string? Id { get; set; }

        public string? Type { get; set; }

        public string? HpsId { get; set; }

        public string? HpsEcsId { get; set; }

        public override string ToString() => Type + " " + Id;
    }
}
