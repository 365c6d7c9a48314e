using GpuCloud.Emulator.Models.Ppio;

namespace GpuCloud.Emulator.Data;

internal sealed class PpioEndpointGenerator(int seed, int baseCount) : IItemGenerator<PpioEndpoint>
{
    private const int Salt = 11;

    private static readonly string[] States = ["serving", "serving", "serving", "stopped", "deploying", "failed"];
    private static readonly string[] WorkerStates = ["running", "running", "pending", "failed"];

    public ListingEntry Entry(int ordinal) => Header(SeededRandom.ForItem(seed, Salt, ordinal), ordinal);

    public PpioEndpoint Item(int ordinal)
    {
        var random = SeededRandom.ForItem(seed, Salt, ordinal);
        var header = Header(random, ordinal);
        var id = header.Id;
        var app = random.Pick(Catalog.AppNames);
        var state = random.Pick(States);
        var image = random.Pick(Catalog.EndpointImages);
        var cluster = random.Pick(Catalog.PpioClusters);
        var gpuNum = random.Pick(new[] { 1, 1, 1, 2, 4, 8 });
        var minNum = random.Next(0, 3);
        var maxNum = minNum + random.Next(1, 8);
        var workerCount = state == "serving" ? random.Next(Math.Max(1, minNum), maxNum + 1) : state == "stopped" ? 0 : random.Next(0, 3);

        var workers = new PpioWorker[workerCount];
        for (var w = 0; w < workerCount; w++)
        {
            var workerState = state == "serving" ? "running" : random.Pick(WorkerStates);
            var workerId = $"{id}-{random.PpioId()[..6]}";
            workers[w] = new PpioWorker
            {
                Id = workerId,
                State = new PpioState
                {
                    State = workerState,
                    Error = workerState == "failed" ? "CONTAINER_EXITED" : "",
                    Message = workerState == "failed" ? "container exited with code 137 (OOMKilled)" : "",
                },
                Log = $"https://api.ppinfra.com/gpu-instance/openapi/v1/endpoint/{id}/worker/{workerId}/log",
                Metrics = $"https://api.ppinfra.com/gpu-instance/openapi/v1/endpoint/{id}/worker/{workerId}/metrics",
                Healthy = workerState == "running",
            };
        }

        var volumes = new PpioVolumeMount[random.Next(0, 3)];
        for (var v = 0; v < volumes.Length; v++)
        {
            var network = random.Next(2) == 0;
            volumes[v] = new PpioVolumeMount
            {
                Type = network ? "network" : "local",
                Id = network ? random.PpioId() : "",
                Size = random.Pick(new[] { 10, 50, 100, 500 }),
                MountPath = v == 0 ? "/workspace" : $"/data{v}",
            };
        }

        var envs = new List<PpioEnv> { new() { Key = "MODEL_NAME", Value = app } };
        if (random.Next(2) == 0)
        {
            envs.Add(new PpioEnv { Key = "HF_HOME", Value = "/workspace/hf" });
        }
        if (random.Next(3) == 0)
        {
            envs.Add(new PpioEnv { Key = "MAX_BATCH", Value = random.Next(1, 65).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var products = new List<PpioProductRef> { new() { Id = random.Pick(Catalog.PpioProducts).Id } };
        if (random.Next(4) == 0)
        {
            var second = random.Pick(Catalog.PpioProducts).Id;
            if (second != products[0].Id)
            {
                products.Add(new PpioProductRef { Id = second });
            }
        }

        var usesQueue = random.Next(2) == 0;
        var port = random.Pick(new[] { "8000", "8080", "7860", "8188" });
        return new PpioEndpoint
        {
            Id = id,
            Name = $"{app}-{random.Pick(Catalog.NameWords)}-{ordinal % 1000:D3}",
            AppName = app,
            State = new PpioState
            {
                State = state,
                Error = state == "failed" ? "IMAGE_PULL_FAILED" : "",
                Message = state == "failed" ? $"failed to pull image {image.Image}" : state == "deploying" ? "waiting for workers" : "",
            },
            Url = $"https://{id}.gpu-instance.ppinfra.com",
            WorkerConfig = new PpioWorkerConfig
            {
                MinNum = minNum,
                MaxNum = maxNum,
                FreeTimeout = random.Pick(new[] { "60", "300", "600", "1800" }),
                MaxConcurrent = random.Pick(new[] { "1", "4", "8", "16" }),
                GpuNum = gpuNum,
                CudaVersion = image.Cuda,
            },
            Policy = new PpioPolicy
            {
                Type = usesQueue ? "queue" : "concurrency",
                Value = usesQueue ? random.Next(1, 30).ToString(System.Globalization.CultureInfo.InvariantCulture) : random.Next(1, 9).ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            Image = new PpioImage
            {
                Image = image.Image,
                AuthId = random.Next(4) == 0 ? random.PpioId() : "",
                Command = image.Command,
            },
            RootfsSize = random.Pick(new[] { 50, 100, 200 }),
            VolumeMounts = volumes,
            Envs = envs,
            Ports = [new PpioPort { Port = port }],
            Workers = workers,
            Products = products,
            Healthy = new PpioHealthCheck
            {
                Path = "/health",
                InitialDelay = random.Pick(new[] { 10, 30, 60, 120 }),
                Period = 10,
                Timeout = 5,
                SuccessThreshold = 1,
                FailureThreshold = 3,
            },
            ClusterId = volumes.Any(v => v.Type == "network") ? cluster.Id : "",
            Log = $"https://api.ppinfra.com/gpu-instance/openapi/v1/endpoint/{id}/log",
        };
    }

    private ListingEntry Header(Random random, int ordinal)
    {
        var id = random.PpioId();
        var created = ordinal >= baseCount ? DataClock.AfterAnchorMs(ordinal - baseCount) : DataClock.PastYearMs(random);
        return new ListingEntry(id, created, created, ordinal);
    }
}
