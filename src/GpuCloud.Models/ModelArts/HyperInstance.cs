using System;

namespace GpuCloud.Models
{
    /// <summary>A Huawei Cloud ModelArts DevServer hyper-node instance, from GET /v1/{project_id}/dev-servers/hyperinstance.</summary>
    public sealed class HyperInstance
    {
        public CloudProvider Provider { get; set; }

        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? Status { get; set; }

        public string? HpsClusterId { get; set; }

        public string? HpsId { get; set; }

        public string? OrderId { get; set; }

        public DateTimeOffset? CreateAt { get; set; }

        public DateTimeOffset? UpdateAt { get; set; }

        public ReadableList<HyperInstanceServer> Servers { get; set; } = ReadableList<HyperInstanceServer>.Empty;

        public int ServerCount { get; set; }

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
