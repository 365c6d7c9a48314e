using System;

namespace GpuCloud.Models
{
    /// <summary>A storage mount of a SCNet container.</summary>
    public sealed class ContainerMountInfo
    {
        public string? SourcePath { get; set; }

        public string? Type { get; set; }

        public override string ToString() => Type + ":" + SourcePath;
    }
}
