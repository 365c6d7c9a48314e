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
            var workers = (wire.Workers ?? new List<PpioWorkerWire>()).Select(worker => new EndpointWorker
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
                WorkerConfig = wire.WorkerConfig == null ? null : new EndpointWorkerConfig
                {
                    MinNum = read.Int32(wire.WorkerConfig.MinNum, "workerConfig.minNum"),
                    MaxNum = read.Int32(wire.WorkerConfig.MaxNum, "workerConfig.maxNum"),
                    FreeTimeout = read.Text(wire.WorkerConfig.FreeTimeout, "workerConfig.freeTimeout"),
                    MaxConcurrent = read.Text(wire.WorkerConfig.MaxConcurrent, "workerConfig.maxConcurrent"),
                    GpuNum = read.Int32(wire.WorkerConfig.GpuNum, "workerConfig.gpuNum"),
                    CudaVersion = read.Text(wire.WorkerConfig.CudaVersion, "workerConfig.cudaVersion"),
                },
                Policy = wire.Policy == null ? null : new EndpointPolicy { Type = read.Text(wire.Policy.Type, "policy.type"), Value = read.Text(wire.Policy.Value, "policy.value") },
                Image = wire.Image == null ? null : new EndpointImage
                {
                    Image = read.Text(wire.Image.Image, "image.image"),
                    AuthId = read.Text(wire.Image.AuthId, "image.authId"),
                    Command = read.Text(wire.Image.Command, "image.command"),
                },
                RootfsSize = read.Int64(wire.RootfsSize, "rootfsSize"),
                VolumeMounts = new ReadableList<EndpointVolumeMount>(wire.VolumeMounts?.Select(mount => new EndpointVolumeMount
                {
                    Type = read.Text(mount.Type, "volumeMounts.type"),
                    Id = read.Text(mount.Id, "volumeMounts.id"),
                    Size = read.Int64(mount.Size, "volumeMounts.size"),
                    MountPath = read.Text(mount.MountPath, "volumeMounts.mountPath"),
                })),
                Envs = new ReadableList<EndpointEnvironmentVariable>(wire.Envs?.Select(env => new EndpointEnvironmentVariable { Key = read.Text(env.Key, "envs.key"), Value = read.Text(env.Value, "envs.value") })),
                Ports = new ReadableList<EndpointPort>(wire.Ports?.Select(port => new EndpointPort { Port = read.Text(port.Port, "ports.port") })),
                Workers = new ReadableList<EndpointWorker>(workers),
                WorkerCount = workers.Count,
                HealthyWorkerCount = workers.Count(worker => worker.Healthy == true),
                Products = new ReadableList<EndpointProduct>(wire.Products?.Select(product => new EndpointProduct { Id = read.Text(product.Id, "products.id") })),
                Healthy = wire.Healthy == null ? null : new EndpointHealthCheck
                {
                    Path = read.Text(wire.Healthy.Path, "healthy.path"),
                    InitialDelay = read.Int32(wire.Healthy.InitialDelay, "healthy.initialDelay"),
                    Period = read.Int32(wire.Healthy.Period, "healthy.period"),
                    Timeout = read.Int32(wire.Healthy.Timeout, "healthy.timeout"),
                    SuccessThreshold = read.Int32(wire.Healthy.SuccessThreshold, "healthy.successThreshold"),
                    FailureThreshold = read.Int32(wire.Healthy.FailureThreshold, "healthy.failureThreshold"),
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
                Products = new ReadableList<PrewarmProduct>(wire.Products?.Select(product => new PrewarmProduct
                {
                    ProductId = read.Text(product.ProductId, "products.productId"),
                    ProductName = read.Text(product.ProductName, "products.productName"),
                })),
                ImageSize = read.Int64(wire.ImageSize, "imageSize"),
                CreateTime = read.UnixSeconds(wire.CreateTime, "createTime"),
                State = read.Text(wire.State, "state"),
                CompleteTime = read.UnixSeconds(wire.CompleteTime, "completeTime"),
                Note = read.Text(wire.Note, "note"),
                Reason = new ReadableList<string>(wire.Reason?.Items),
            };
            warnings.AddRange(read.Warnings);
            return task;
        }

        private static EndpointState? ToState(PpioStateWire? wire, FieldReader read, string field) => wire == null ? null : new EndpointState
        {
            State = read.Text(wire.State, field + ".state"),
            Error = read.Text(wire.Error, field + ".error"),
            Message = read.Text(wire.Message, field + ".message"),
        };
    }
}
