using System.Text.Json;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Ppio
{
    /// <summary>Reads a PPIO endpoint record (GET /gpu-instance/openapi/v1/endpoint) straight into a <see cref="GpuEndpoint"/>.</summary>
    internal sealed class PpioEndpointReader : RecordReader<GpuEndpoint>
    {
        public PpioEndpointReader()
            : base("PPIO endpoint")
        {
        }

        public override GpuEndpoint Read(ref Utf8JsonReader reader, FieldReader read)
        {
            var endpoint = new GpuEndpoint { Provider = CloudProvider.Ppio };
            while (JsonRecord.NextProperty(ref reader, out var name))
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
                    endpoint.State = State(ref reader, read, "state");
                }
                else if (JsonRecord.Is(name, "url"u8))
                {
                    endpoint.Url = read.Text(ref reader, "url");
                }
                else if (JsonRecord.Is(name, "workerconfig"u8))
                {
                    endpoint.WorkerConfig = WorkerConfig(ref reader, read);
                }
                else if (JsonRecord.Is(name, "policy"u8))
                {
                    endpoint.Policy = Policy(ref reader, read);
                }
                else if (JsonRecord.Is(name, "image"u8))
                {
                    endpoint.Image = Image(ref reader, read);
                }
                else if (JsonRecord.Is(name, "rootfssize"u8))
                {
                    endpoint.RootfsSize = read.Int64(ref reader, "rootfsSize");
                }
                else if (JsonRecord.Is(name, "volumemounts"u8))
                {
                    endpoint.VolumeMounts = JsonRecord.List(ref reader, read, "volumeMounts", VolumeMount);
                }
                else if (JsonRecord.Is(name, "envs"u8))
                {
                    endpoint.Envs = JsonRecord.List(ref reader, read, "envs", EnvironmentVariable);
                }
                else if (JsonRecord.Is(name, "ports"u8))
                {
                    endpoint.Ports = JsonRecord.List(ref reader, read, "ports", Port);
                }
                else if (JsonRecord.Is(name, "workers"u8))
                {
                    endpoint.Workers = JsonRecord.List(ref reader, read, "workers", Worker);
                }
                else if (JsonRecord.Is(name, "products"u8))
                {
                    endpoint.Products = JsonRecord.List(ref reader, read, "products", Product);
                }
                else if (JsonRecord.Is(name, "healthy"u8))
                {
                    endpoint.Healthy = HealthCheck(ref reader, read);
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
                    reader.Skip();
                }
            }

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

        private static EndpointState? State(ref Utf8JsonReader reader, FieldReader read, string field)
        {
            if (!JsonRecord.Enter(ref reader, read, field))
            {
                return null;
            }

            var state = new EndpointState();
            while (JsonRecord.NextProperty(ref reader, out var name))
            {
                if (JsonRecord.Is(name, "state"u8))
                {
                    state.State = read.Text(ref reader, field + ".state");
                }
                else if (JsonRecord.Is(name, "error"u8))
                {
                    state.Error = read.Text(ref reader, field + ".error");
                }
                else if (JsonRecord.Is(name, "message"u8))
                {
                    state.Message = read.Text(ref reader, field + ".message");
                }
                else
                {
                    reader.Skip();
                }
            }

            return state;
        }

        private static EndpointWorkerConfig? WorkerConfig(ref Utf8JsonReader reader, FieldReader read)
        {
            if (!JsonRecord.Enter(ref reader, read, "workerConfig"))
            {
                return null;
            }

            var config = new EndpointWorkerConfig();
            while (JsonRecord.NextProperty(ref reader, out var name))
            {
                if (JsonRecord.Is(name, "minnum"u8))
                {
                    config.MinNum = read.Int32(ref reader, "workerConfig.minNum");
                }
                else if (JsonRecord.Is(name, "maxnum"u8))
                {
                    config.MaxNum = read.Int32(ref reader, "workerConfig.maxNum");
                }
                else if (JsonRecord.Is(name, "freetimeout"u8))
                {
                    config.FreeTimeout = read.Text(ref reader, "workerConfig.freeTimeout");
                }
                else if (JsonRecord.Is(name, "maxconcurrent"u8))
                {
                    config.MaxConcurrent = read.Text(ref reader, "workerConfig.maxConcurrent");
                }
                else if (JsonRecord.Is(name, "gpunum"u8))
                {
                    config.GpuNum = read.Int32(ref reader, "workerConfig.gpuNum");
                }
                else if (JsonRecord.Is(name, "cudaversion"u8))
                {
                    config.CudaVersion = read.Text(ref reader, "workerConfig.cudaVersion");
                }
                else
                {
                    reader.Skip();
                }
            }

            return config;
        }

        private static EndpointPolicy? Policy(ref Utf8JsonReader reader, FieldReader read)
        {
            if (!JsonRecord.Enter(ref reader, read, "policy"))
            {
                return null;
            }

            var policy = new EndpointPolicy();
            while (JsonRecord.NextProperty(ref reader, out var name))
            {
                if (JsonRecord.Is(name, "type"u8))
                {
                    policy.Type = read.Text(ref reader, "policy.type");
                }
                else if (JsonRecord.Is(name, "value"u8))
                {
                    policy.Value = read.Text(ref reader, "policy.value");
                }
                else
                {
                    reader.Skip();
                }
            }

            return policy;
        }

        private static EndpointImage? Image(ref Utf8JsonReader reader, FieldReader read)
        {
            if (!JsonRecord.Enter(ref reader, read, "image"))
            {
                return null;
            }

            var image = new EndpointImage();
            while (JsonRecord.NextProperty(ref reader, out var name))
            {
                if (JsonRecord.Is(name, "image"u8))
                {
                    image.Image = read.Text(ref reader, "image.image");
                }
                else if (JsonRecord.Is(name, "authid"u8))
                {
                    image.AuthId = read.Text(ref reader, "image.authId");
                }
                else if (JsonRecord.Is(name, "command"u8))
                {
                    image.Command = read.Text(ref reader, "image.command");
                }
                else
                {
                    reader.Skip();
                }
            }

            return image;
        }

        private static EndpointVolumeMount? VolumeMount(ref Utf8JsonReader reader, FieldReader read)
        {
            if (!JsonRecord.Enter(ref reader, read, "volumeMounts"))
            {
                return null;
            }

            var mount = new EndpointVolumeMount();
            while (JsonRecord.NextProperty(ref reader, out var name))
            {
                if (JsonRecord.Is(name, "type"u8))
                {
                    mount.Type = read.Text(ref reader, "volumeMounts.type");
                }
                else if (JsonRecord.Is(name, "id"u8))
                {
                    mount.Id = read.Text(ref reader, "volumeMounts.id");
                }
                else if (JsonRecord.Is(name, "size"u8))
                {
                    mount.Size = read.Int64(ref reader, "volumeMounts.size");
                }
                else if (JsonRecord.Is(name, "mountpath"u8))
                {
                    mount.MountPath = read.Text(ref reader, "volumeMounts.mountPath");
                }
                else
                {
                    reader.Skip();
                }
            }

            return mount;
        }

        private static EndpointEnvironmentVariable? EnvironmentVariable(ref Utf8JsonReader reader, FieldReader read)
        {
            if (!JsonRecord.Enter(ref reader, read, "envs"))
            {
                return null;
            }

            var variable = new EndpointEnvironmentVariable();
            while (JsonRecord.NextProperty(ref reader, out var name))
            {
                if (JsonRecord.Is(name, "key"u8))
                {
                    variable.Key = read.Text(ref reader, "envs.key");
                }
                else if (JsonRecord.Is(name, "value"u8))
                {
                    variable.Value = read.Text(ref reader, "envs.value");
                }
                else
                {
                    reader.Skip();
                }
            }

            return variable;
        }

        private static EndpointPort? Port(ref Utf8JsonReader reader, FieldReader read)
        {
            if (!JsonRecord.Enter(ref reader, read, "ports"))
            {
                return null;
            }

            var port = new EndpointPort();
            while (JsonRecord.NextProperty(ref reader, out var name))
            {
                if (JsonRecord.Is(name, "port"u8))
                {
                    port.Port = read.Text(ref reader, "ports.port");
                }
                else
                {
                    reader.Skip();
                }
            }

            return port;
        }

        private static EndpointWorker? Worker(ref Utf8JsonReader reader, FieldReader read)
        {
            if (!JsonRecord.Enter(ref reader, read, "workers"))
            {
                return null;
            }

            var worker = new EndpointWorker();
            while (JsonRecord.NextProperty(ref reader, out var name))
            {
                if (JsonRecord.Is(name, "id"u8))
                {
                    worker.Id = read.Text(ref reader, "workers.id");
                }
                else if (JsonRecord.Is(name, "state"u8))
                {
                    worker.State = State(ref reader, read, "workers.state");
                }
                else if (JsonRecord.Is(name, "log"u8))
                {
                    worker.Log = read.Text(ref reader, "workers.log");
                }
                else if (JsonRecord.Is(name, "metrics"u8))
                {
                    worker.Metrics = read.Text(ref reader, "workers.metrics");
                }
                else if (JsonRecord.Is(name, "healthy"u8))
                {
                    worker.Healthy = read.Boolean(ref reader, "workers.healthy");
                }
                else
                {
                    reader.Skip();
                }
            }

            return worker;
        }

        private static EndpointProduct? Product(ref Utf8JsonReader reader, FieldReader read)
        {
            if (!JsonRecord.Enter(ref reader, read, "products"))
            {
                return null;
            }

            var product = new EndpointProduct();
            while (JsonRecord.NextProperty(ref reader, out var name))
            {
                if (JsonRecord.Is(name, "id"u8))
                {
                    product.Id = read.Text(ref reader, "products.id");
                }
                else
                {
                    reader.Skip();
                }
            }

            return product;
        }

        private static EndpointHealthCheck? HealthCheck(ref Utf8JsonReader reader, FieldReader read)
        {
            if (!JsonRecord.Enter(ref reader, read, "healthy"))
            {
                return null;
            }

            var health = new EndpointHealthCheck();
            while (JsonRecord.NextProperty(ref reader, out var name))
            {
                if (JsonRecord.Is(name, "path"u8))
                {
                    health.Path = read.Text(ref reader, "healthy.path");
                }
                else if (JsonRecord.Is(name, "initialdelay"u8))
                {
                    health.InitialDelay = read.Int32(ref reader, "healthy.initialDelay");
                }
                else if (JsonRecord.Is(name, "period"u8))
                {
                    health.Period = read.Int32(ref reader, "healthy.period");
                }
                else if (JsonRecord.Is(name, "timeout"u8))
                {
                    health.Timeout = read.Int32(ref reader, "healthy.timeout");
                }
                else if (JsonRecord.Is(name, "successthreshold"u8))
                {
                    health.SuccessThreshold = read.Int32(ref reader, "healthy.successThreshold");
                }
                else if (JsonRecord.Is(name, "failurethreshold"u8))
                {
                    health.FailureThreshold = read.Int32(ref reader, "healthy.failureThreshold");
                }
                else
                {
                    reader.Skip();
                }
            }

            return health;
        }
    }
}
