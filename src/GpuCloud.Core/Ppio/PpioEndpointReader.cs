using System;
using System.Text.Json;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Ppio
{
    /// <summary>Reads a PPIO endpoint record (GET /gpu-instance/openapi/v1/endpoint) straight into a <see cref="GpuEndpoint"/>.</summary>
    internal sealed class PpioEndpointReader : RecordReader<GpuEndpoint>
    {
        private static readonly RecordShape<EndpointState> StateShape = new RecordShape<EndpointState>(() => new EndpointState(), StateProperty);
        private static readonly RecordShape<EndpointWorkerConfig> WorkerConfigShape = new RecordShape<EndpointWorkerConfig>(() => new EndpointWorkerConfig(), WorkerConfigProperty);
        private static readonly RecordShape<EndpointPolicy> PolicyShape = new RecordShape<EndpointPolicy>(() => new EndpointPolicy(), PolicyProperty);
        private static readonly RecordShape<EndpointImage> ImageShape = new RecordShape<EndpointImage>(() => new EndpointImage(), ImageProperty);
        private static readonly RecordShape<EndpointVolumeMount> VolumeMountShape = new RecordShape<EndpointVolumeMount>(() => new EndpointVolumeMount(), VolumeMountProperty);
        private static readonly RecordShape<EndpointEnvironmentVariable> EnvironmentVariableShape = new RecordShape<EndpointEnvironmentVariable>(() => new EndpointEnvironmentVariable(), EnvironmentVariableProperty);
        private static readonly RecordShape<EndpointPort> PortShape = new RecordShape<EndpointPort>(() => new EndpointPort(), PortProperty);
        private static readonly RecordShape<EndpointWorker> WorkerShape = new RecordShape<EndpointWorker>(() => new EndpointWorker(), WorkerProperty);
        private static readonly RecordShape<EndpointProduct> ProductShape = new RecordShape<EndpointProduct>(() => new EndpointProduct(), ProductProperty);
        private static readonly RecordShape<EndpointHealthCheck> HealthCheckShape = new RecordShape<EndpointHealthCheck>(() => new EndpointHealthCheck(), HealthCheckProperty);

        public PpioEndpointReader()
            : base("PPIO endpoint")
        {
        }

        protected override GpuEndpoint Create() => new GpuEndpoint { Provider = CloudProvider.Ppio };

        protected override bool ReadProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, GpuEndpoint endpoint)
        {
            if (JsonRecord.Is(name, "id"u8))
            {
                endpoint.Id = read.Id(ref reader, "id");
            }
            else if (JsonRecord.Is(name, "name"u8))
            {
                endpoint.Name = read.Text(ref reader, "name");
            }
            else if (JsonRecord.Is(name, "appname"u8))
            {
                endpoint.AppName = read.Text(ref reader, "appName");
            }
            else if (JsonRecord.Is(name, "state"u8))
            {
                endpoint.State = JsonRecord.Object(ref reader, read, "state", StateShape);
            }
            else if (JsonRecord.Is(name, "url"u8))
            {
                endpoint.Url = read.Text(ref reader, "url");
            }
            else if (JsonRecord.Is(name, "workerconfig"u8))
            {
                endpoint.WorkerConfig = JsonRecord.Object(ref reader, read, "workerConfig", WorkerConfigShape);
            }
            else if (JsonRecord.Is(name, "policy"u8))
            {
                endpoint.Policy = JsonRecord.Object(ref reader, read, "policy", PolicyShape);
            }
            else if (JsonRecord.Is(name, "image"u8))
            {
                endpoint.Image = JsonRecord.Object(ref reader, read, "image", ImageShape);
            }
            else if (JsonRecord.Is(name, "rootfssize"u8))
            {
                endpoint.RootfsSize = read.Int64(ref reader, "rootfsSize");
            }
            else if (JsonRecord.Is(name, "volumemounts"u8))
            {
                endpoint.VolumeMounts = JsonRecord.List(ref reader, read, "volumeMounts", VolumeMountShape);
            }
            else if (JsonRecord.Is(name, "envs"u8))
            {
                endpoint.Envs = JsonRecord.List(ref reader, read, "envs", EnvironmentVariableShape);
            }
            else if (JsonRecord.Is(name, "ports"u8))
            {
                endpoint.Ports = JsonRecord.List(ref reader, read, "ports", PortShape);
            }
            else if (JsonRecord.Is(name, "workers"u8))
            {
                endpoint.Workers = JsonRecord.List(ref reader, read, "workers", WorkerShape);
            }
            else if (JsonRecord.Is(name, "products"u8))
            {
                endpoint.Products = JsonRecord.List(ref reader, read, "products", ProductShape);
            }
            else if (JsonRecord.Is(name, "healthy"u8))
            {
                endpoint.Healthy = JsonRecord.Object(ref reader, read, "healthy", HealthCheckShape);
            }
            else if (JsonRecord.Is(name, "clusterid"u8))
            {
                endpoint.ClusterId = read.Text(ref reader, "clusterID");
            }
            else if (JsonRecord.Is(name, "log"u8))
            {
                endpoint.Log = read.Text(ref reader, "log");
            }
            else
            {
                return false;
            }

            return true;
        }

        protected override GpuEndpoint Completed(GpuEndpoint endpoint)
        {
            endpoint.StateName = endpoint.State?.State;
            endpoint.WorkerCount = endpoint.Workers.Count;
            var healthy = 0;
            foreach (var worker in endpoint.Workers)
            {
                if (worker.Healthy == true)
                {
                    healthy++;
                }
            }

            endpoint.HealthyWorkerCount = healthy;
            return endpoint;
        }

        private static bool StateProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, EndpointState state)
        {
            if (JsonRecord.Is(name, "state"u8))
            {
                state.State = read.Text(ref reader, "state");
            }
            else if (JsonRecord.Is(name, "error"u8))
            {
                state.Error = read.Text(ref reader, "error");
            }
            else if (JsonRecord.Is(name, "message"u8))
            {
                state.Message = read.Text(ref reader, "message");
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool WorkerConfigProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, EndpointWorkerConfig config)
        {
            if (JsonRecord.Is(name, "minnum"u8))
            {
                config.MinNum = read.Int32(ref reader, "minNum");
            }
            else if (JsonRecord.Is(name, "maxnum"u8))
            {
                config.MaxNum = read.Int32(ref reader, "maxNum");
            }
            else if (JsonRecord.Is(name, "freetimeout"u8))
            {
                config.FreeTimeout = read.Text(ref reader, "freeTimeout");
            }
            else if (JsonRecord.Is(name, "maxconcurrent"u8))
            {
                config.MaxConcurrent = read.Text(ref reader, "maxConcurrent");
            }
            else if (JsonRecord.Is(name, "gpunum"u8))
            {
                config.GpuNum = read.Int32(ref reader, "gpuNum");
            }
            else if (JsonRecord.Is(name, "cudaversion"u8))
            {
                config.CudaVersion = read.Text(ref reader, "cudaVersion");
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool PolicyProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, EndpointPolicy policy)
        {
            if (JsonRecord.Is(name, "type"u8))
            {
                policy.Type = read.Text(ref reader, "type");
            }
            else if (JsonRecord.Is(name, "value"u8))
            {
                policy.Value = read.Text(ref reader, "value");
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool ImageProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, EndpointImage image)
        {
            if (JsonRecord.Is(name, "image"u8))
            {
                image.Image = read.Text(ref reader, "image");
            }
            else if (JsonRecord.Is(name, "authid"u8))
            {
                image.AuthId = read.Text(ref reader, "authId");
            }
            else if (JsonRecord.Is(name, "command"u8))
            {
                image.Command = read.Text(ref reader, "command");
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool VolumeMountProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, EndpointVolumeMount mount)
        {
            if (JsonRecord.Is(name, "type"u8))
            {
                mount.Type = read.Text(ref reader, "type");
            }
            else if (JsonRecord.Is(name, "id"u8))
            {
                mount.Id = read.Text(ref reader, "id");
            }
            else if (JsonRecord.Is(name, "size"u8))
            {
                mount.Size = read.Int64(ref reader, "size");
            }
            else if (JsonRecord.Is(name, "mountpath"u8))
            {
                mount.MountPath = read.Text(ref reader, "mountPath");
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool EnvironmentVariableProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, EndpointEnvironmentVariable variable)
        {
            if (JsonRecord.Is(name, "key"u8))
            {
                variable.Key = read.Text(ref reader, "key");
            }
            else if (JsonRecord.Is(name, "value"u8))
            {
                variable.Value = read.Text(ref reader, "value");
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool PortProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, EndpointPort port)
        {
            if (JsonRecord.Is(name, "port"u8))
            {
                port.Port = read.Text(ref reader, "port");
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool WorkerProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, EndpointWorker worker)
        {
            if (JsonRecord.Is(name, "id"u8))
            {
                worker.Id = read.Text(ref reader, "id");
            }
            else if (JsonRecord.Is(name, "state"u8))
            {
                worker.State = JsonRecord.Object(ref reader, read, "state", StateShape);
            }
            else if (JsonRecord.Is(name, "log"u8))
            {
                worker.Log = read.Text(ref reader, "log");
            }
            else if (JsonRecord.Is(name, "metrics"u8))
            {
                worker.Metrics = read.Text(ref reader, "metrics");
            }
            else if (JsonRecord.Is(name, "healthy"u8))
            {
                worker.Healthy = read.Boolean(ref reader, "healthy");
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool ProductProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, EndpointProduct product)
        {
            if (JsonRecord.Is(name, "id"u8))
            {
                product.Id = read.Text(ref reader, "id");
            }
            else
            {
                return false;
            }

            return true;
        }

        private static bool HealthCheckProperty(ref Utf8JsonReader reader, FieldReader read, scoped ReadOnlySpan<byte> name, EndpointHealthCheck health)
        {
            if (JsonRecord.Is(name, "path"u8))
            {
                health.Path = read.Text(ref reader, "path");
            }
            else if (JsonRecord.Is(name, "initialdelay"u8))
            {
                health.InitialDelay = read.Int32(ref reader, "initialDelay");
            }
            else if (JsonRecord.Is(name, "period"u8))
            {
                health.Period = read.Int32(ref reader, "period");
            }
            else if (JsonRecord.Is(name, "timeout"u8))
            {
                health.Timeout = read.Int32(ref reader, "timeout");
            }
            else if (JsonRecord.Is(name, "successthreshold"u8))
            {
                health.SuccessThreshold = read.Int32(ref reader, "successThreshold");
            }
            else if (JsonRecord.Is(name, "failurethreshold"u8))
            {
                health.FailureThreshold = read.Int32(ref reader, "failureThreshold");
            }
            else
            {
                return false;
            }

            return true;
        }
    }
}
