using System;

namespace GpuCloud.Models
{
    /// <summary>A PPIO serverless endpoint, as listed by GET /gpu-instance/openapi/v1/endpoint.</summary>
    public sealed class GpuEndpoint
    {
        public CloudProvider Provider { get; set; }

        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? AppName { get; set; }

        public EndpointState? State { get; set; }

        public string? StateName { get; set; }

        public string? Url { get; set; }

        public EndpointWorkerConfig? WorkerConfig { get; set; }

        public EndpointPolicy? Policy { get; set; }

        public EndpointImage? Image { get; set; }

        public long? RootfsSize { get; set; }

        public ReadableList<EndpointVolumeMount> VolumeMounts { get; set; } = ReadableList<EndpointVolumeMount>.Empty;

        public ReadableList<EndpointEnvironmentVariable> Envs { get; set; } = ReadableList<EndpointEnvironmentVariable>.Empty;

        public ReadableList<EndpointPort> Ports { get; set; } = ReadableList<EndpointPort>.Empty;

        public ReadableList<EndpointWorker> Workers { get; set; } = ReadableList<EndpointWorker>.Empty;

        public int WorkerCount { get; set; }

        public int HealthyWorkerCount { get; set; }

        public ReadableList<EndpointProduct> Products { get; set; } = ReadableList<EndpointProduct>.Empty;

        public EndpointHealthCheck? Healthy { get; set; }

        public string? ClusterId { get; set; }

        public string? Log { get; set; }

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
