using System;

namespace GpuCloud.Models
{
    /// <summary>A PPIO image prewarm task, as listed by GET /gpu-instance/openapi/v1/image/prewarm.</summary>
    public sealed class ImagePrewarmTask
    {
        public CloudProvider Provider { get; set; }

        public string? Id { get; set; }

        public string? ImageName { get; set; }

        public string? ImageUrl { get; set; }

        public string? RepositoryAuth { get; set; }

        public string? ClusterId { get; set; }

        public string? ClusterName { get; set; }

        public ReadableList<PrewarmProduct> Products { get; set; } = ReadableList<PrewarmProduct>.Empty;

        public long? ImageSize { get; set; }

        public DateTimeOffset? CreateTime { get; set; }

        public string? State { get; set; }

        public DateTimeOffset? CompleteTime { get; set; }

        public string? Note { get; set; }

        public ReadableList<string> Reason { get; set; } = ReadableList<string>.Empty;

        public override string ToString() => ImageName + " " + State;
    }
}
