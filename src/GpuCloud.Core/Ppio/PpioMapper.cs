using System.Collections.Generic;
using System.Linq;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Ppio
{
    /// <summary>PPIO wire records to output objects.</summary>
    internal static class PpioMapper
    {
        public static GpuEndpoint ToEndpoint(PpioEndpointWire wire, List<string> warnings)
        {
            var read = new FieldReader("PPIO endpoint", wire.Id.Text);
            var workerConfig = read.Nested(wire.WorkerConfig, "workerConfig");
            var policy = read.Nested(wire.Policy, "policy");
            var image = read.Nested(wire.Image, "image");
            var healthy = read.Nested(wire.Healthy, "healthy");
            var workers = (read.Items(wire.Workers, "workers") ?? Enumerable.Empty<PpioWorkerWire>()).Select(worker => new EndpointWorker
            {
                Id = read.Text(worker.Id, "workers.id"),
                State = ToState(worker.State, read, "workers.state"),
                Log = read.Text(worker.Log, "workers.log"),
                Metrics = read.Text(worker.Metrics, "workers.metrics"),
                Healthy = read.Boolean(worker.Healthy, "workers.healthy"),
            }).ToList();
            var state = ToState(wire.State, read, "state");
            var endpoint = new GpuEndpoint
            {
                Provider = CloudProvider.Ppio,
                Id = read.Text(wire.Id, "id"),
                Name = read.Text(wire.Name, "name"),
                AppName = read.Text(wire.AppName, "appName"),
                State = state,
                StateName = state?.State,
                Url = read.Text(wire.Url, "url"),
                WorkerConfig = workerConfig == null ? null : new EndpointWorkerConfig
                {
                    MinNum = read.Int32(workerConfig.MinNum, "workerConfig.minNum"),
                    MaxNum = read.Int32(workerConfig.MaxNum, "workerConfig.maxNum"),
                    FreeTimeout = read.Text(workerConfig.FreeTimeout, "workerConfig.freeTimeout"),
                    MaxConcurrent = read.Text(workerConfig.MaxConcurrent, "workerConfig.maxConcurrent"),
                    GpuNum = read.Int32(workerConfig.GpuNum, "workerConfig.gpuNum"),
                    CudaVersion = read.Text(workerConfig.CudaVersion, "workerConfig.cudaVersion"),
                },
                Policy = policy == null ? null : new EndpointPolicy { Type = read.Text(policy.Type, "policy.type"), Value = read.Text(policy.Value, "policy.value") },
                Image = image == null ? null : new EndpointImage
                {
                    Image = read.Text(image.Image, "image.image"),
                    AuthId = read.Text(image.AuthId, "image.authId"),
                    Command = read.Text(image.Command, "image.command"),
                },
                RootfsSize = read.Int64(wire.RootfsSize, "rootfsSize"),
                VolumeMounts = ReadableList<EndpointVolumeMount>.Of(read.Items(wire.VolumeMounts, "volumeMounts")?.Select(mount => new EndpointVolumeMount
                {
                    Type = read.Text(mount.Type, "volumeMounts.type"),
                    Id = read.Text(mount.Id, "volumeMounts.id"),
                    Size = read.Int64(mount.Size, "volumeMounts.size"),
                    MountPath = read.Text(mount.MountPath, "volumeMounts.mountPath"),
                })),
                Envs = ReadableList<EndpointEnvironmentVariable>.Of(read.Items(wire.Envs, "envs")?.Select(env => new EndpointEnvironmentVariable { Key = read.Text(env.Key, "envs.key"), Value = read.Text(env.Value, "envs.value") })),
                Ports = ReadableList<EndpointPort>.Of(read.Items(wire.Ports, "ports")?.Select(port => new EndpointPort { Port = read.Text(port.Port, "ports.port") })),
                Workers = ReadableList<EndpointWorker>.Of(workers),
                WorkerCount = workers.Count,
                HealthyWorkerCount = workers.Count(worker => worker.Healthy == true),
                Products = ReadableList<EndpointProduct>.Of(read.Items(wire.Products, "products")?.Select(product => new EndpointProduct { Id = read.Text(product.Id, "products.id") })),
                Healthy = healthy == null ? null : new EndpointHealthCheck
                {
                    Path = read.Text(healthy.Path, "healthy.path"),
                    InitialDelay = read.Int32(healthy.InitialDelay, "healthy.initialDelay"),
                    Period = read.Int32(healthy.Period, "healthy.period"),
                    Timeout = read.Int32(healthy.Timeout, "healthy.timeout"),
                    SuccessThreshold = read.Int32(healthy.SuccessThreshold, "healthy.successThreshold"),
                    FailureThreshold = read.Int32(healthy.FailureThreshold, "healthy.failureThreshold"),
                },
                ClusterId = read.Text(wire.ClusterId, "clusterID"),
                Log = read.Text(wire.Log, "log"),
            };
            warnings.AddRange(read.Warnings);
            return endpoint;
        }

        public static ImagePrewarmTask ToPrewarmTask(PpioPrewarmTaskWire wire, List<string> warnings)
        {
            var read = new FieldReader("PPIO prewarm task", wire.Id.Text);
            var task = new ImagePrewarmTask
            {
                Provider = CloudProvider.Ppio,
                Id = read.Text(wire.Id, "id"),
                ImageName = read.Text(wire.ImageName, "imageName"),
                ImageUrl = read.Text(wire.ImageUrl, "imageUrl"),
                RepositoryAuth = read.Text(wire.RepositoryAuth, "repositoryAuth"),
                ClusterId = read.Text(wire.ClusterId, "clusterId"),
                ClusterName = read.Text(wire.ClusterName, "clusterName"),
                Products = ReadableList<PrewarmProduct>.Of(read.Items(wire.Products, "products")?.Select(product => new PrewarmProduct
                {
                    ProductId = read.Text(product.ProductId, "products.productId"),
                    ProductName = read.Text(product.ProductName, "products.productName"),
                })),
                ImageSize = read.Int64(wire.ImageSize, "imageSize"),
                CreateTime = read.UnixSeconds(wire.CreateTime, "createTime"),
                State = read.Text(wire.State, "state"),
                CompleteTime = read.UnixSeconds(wire.CompleteTime, "completeTime"),
                Note = read.Text(wire.Note, "note"),
                Reason = ReadableList<string>.Of(wire.Reason?.Items),
            };
            warnings.AddRange(read.Warnings);
            return task;
        }

        private static EndpointState? ToState(PpioStateWire? wire, FieldReader read, string field)
        {
            var state = read.Nested(wire, field);
            return state == null ? null : new EndpointState
            {
                State = read.Text(state.State, field + ".state"),
                Error = read.Text(state.Error, field + ".error"),
                Message = read.Text(state.Message, field + ".message"),
            };
        }
    }
}
