using System;

namespace GpuCloud.Models
{
    /// <summary>The per-node resource quota of a SCNet resource group, from GET /ai/openapi/v2/instance-service/resources.</summary>
    public sealed class NodeQuota
    {
        public CloudProvider Provider { get; set; }

        public string? AcceleratorType { get; set; }

        public string? ResourceGroup { get; set; }

        public string? Id { get; set; }

        public int? CpuNumber { get; set; }

        public int? GpuNumber { get; set; }

        public int? MluLimits { get; set; }

        public int? DcuLimits { get; set; }

        public int? NvLimits { get; set; }

        public long? MemorySize { get; set; }

        public int? NodeNumber { get; set; }

        public string? MaxTime { get; set; }

        public string? UserName { get; set; }

        public override string ToString() => ResourceGroup ?? string.Empty;
    }
}
