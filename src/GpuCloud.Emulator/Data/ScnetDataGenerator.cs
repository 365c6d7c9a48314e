using System.Globalization;
using GpuCloud.Emulator.Models.Scnet;

namespace GpuCloud.Emulator.Data;

/// <summary>SCNet containers (the document's record plus <c>Items/5</c> more) and node quotas.</summary>
internal static class ScnetDataGenerator
{
    private const int Salt = 53;

    public static IReadOnlyList<ScnetNodeQuota> Quotas() =>
    [
        DocumentRecords.TeslaM40Quota,
        new ScnetNodeQuota { Id = null, CpuNumber = 64, NvLimits = 8, GpuNumber = 8, MemorySize = 1031168, ResourceGroup = "A800", NodeNumber = 4, MaxTime = "unlimited", AcceleratorType = "gpu" },
        new ScnetNodeQuota { Id = null, CpuNumber = 32, DcuLimits = 8, GpuNumber = 0, MemorySize = 257536, ResourceGroup = "K100", NodeNumber = 16, MaxTime = "168:00:00", AcceleratorType = "dcu" },
        new ScnetNodeQuota { Id = null, CpuNumber = 32, MluLimits = 8, GpuNumber = 0, MemorySize = 515072, ResourceGroup = "MLU370", NodeNumber = 2, MaxTime = "72:00:00", AcceleratorType = "mlu" },
    ];

    public static IReadOnlyList<ScnetContainer> Containers(int seed, int items, IReadOnlyList<ScnetNodeQuota> quotas)
    {
        var containers = new List<ScnetContainer> { DocumentRecords.Container };
        for (var ordinal = 1; ordinal <= items / 5; ordinal++)
        {
            containers.Add(Container(SeededRandom.ForItem(seed, Salt, ordinal), ordinal, quotas));
        }
        return containers;
    }

    private static ScnetContainer Container(Random random, int ordinal, IReadOnlyList<ScnetNodeQuota> quotas)
    {
        var id = random.Hex32();
        var quota = random.Pick(quotas);
        var created = DataClock.PastYearMs(random);
        created -= created % 1000;
        var status = random.Pick(Catalog.ScnetStatuses);
        var image = random.Pick(Catalog.ScnetImages);
        var accelerators = random.Next(1, 5);
        var cpus = accelerators * random.Pick(new[] { 4, 8, 16 });
        var ramMb = accelerators * random.Pick(new[] { 15360, 30720, 61440 });
        var timeoutLimit = random.Next(3) == 0 ? "72:00:00" : "unlimited";
        var taskType = random.Pick(new[] { "jupyter", "ssh", "vscode" });
        var userName = random.Pick(new[] { "emulator", "magic2", "ai_user01", "zhangwei" });

        // Started a few minutes after it was created, but not after the data's "now" (a negative duration otherwise).
        long? started = status is "Running" or "Terminated" or "Failed" ? Math.Min(created + random.Next(10, 600) * 1000L, DataClock.AnchorMs) : null;
        long? ended = status is "Terminated" or "Failed" && started is { } s ? s + random.NextInt64(60, 200_000) * 1000L : null;
        var runMs = started is { } st ? (ended ?? DataClock.AnchorMs) - st : 0;
        var remaining = timeoutLimit != "unlimited" && status == "Running"
            ? FormatDuration(Math.Max(0, (long)TimeSpan.FromHours(72).TotalMilliseconds - runMs))
            : "--";

        var mounts = new List<ScnetMountInfo> { new() { SourcePath = $"/public/home/{userName}", Type = "personal" } };
        if (random.Next(2) == 0)
        {
            mounts.Add(new ScnetMountInfo { SourcePath = "/work/share/datasets", Type = "share" });
        }

        var ports = new List<ScnetContainerPortInfo>();
        if (status == "Running")
        {
            var port = taskType == "jupyter" ? "8888" : taskType == "vscode" ? "8080" : "22";
            ports.Add(new ScnetContainerPortInfo
            {
                AccessUrl = $"https://ac.sugon.com/ai/instance/{id}/{port}/",
                ContainerPort = port,
                ProtocolType = port == "22" ? "tcp" : "http",
            });
            if (random.Next(2) == 0)
            {
                ports.Add(new ScnetContainerPortInfo { AccessUrl = $"https://ac.sugon.com/ai/instance/{id}/6006/", ContainerPort = "6006", ProtocolType = "http" });
            }
        }

        var useScript = random.Next(4) == 0;
        var tensorboard = status == "Running" && random.Next(3) == 0;
        return new ScnetContainer
        {
            Id = id,
            HeaderNotebookId = random.Hex32(),
            InstanceServiceName = "Instances_" + DateTimeOffset.FromUnixTimeMilliseconds(created).ToOffset(DataClock.ChinaOffset).ToString("yyMMddHHmm", CultureInfo.InvariantCulture),
            CurrentIndex = random.Next(1, 6),
            GpuNumber = accelerators,
            CpuNumber = cpus,
            RamSize = ramMb,
            AcceleratorType = quota.AcceleratorType,
            ResourceGroup = quota.ResourceGroup,
            ResourceSpec = string.Create(CultureInfo.InvariantCulture, $"{cpus} 核心; {accelerators} 加速器; {ramMb / 1024.0:0.0}G 内存"),
            TaskNumber = 1,
            TimeoutLimit = timeoutLimit,
            UserName = userName,
            Version = image.Version,
            ImagePath = image.Path,
            Status = status,
            TaskType = taskType,
            Description = random.Next(3) == 0 ? "model training" : "",
            CreateTime = DataClock.ChinaTime(created),
            StartTime = started is { } a ? DataClock.ChinaTime(a) : null,
            EndTime = ended is { } b ? DataClock.ChinaTime(b) : null,
            Duration = started is null ? "--" : FormatDuration(runMs),
            RemainingTime = remaining,
            TensorboardId = tensorboard ? random.Hex32() : null,
            TensorboardPath = tensorboard ? $"/public/home/{userName}/logs/tensorboard" : null,
            MountInfoList = mounts,
            ContainerPortInfoList = ports,
            UseStartScript = useScript,
            StartScriptContent = useScript ? "pip install -r /public/home/requirements.txt" : "",
            StartScriptPath = useScript ? $"/public/home/{userName}/start.sh" : null,
            StartScriptActionScope = "all",
            HeaderNotebookIp = status == "Running" ? $"10.{random.Next(0, 16)}.{random.Next(0, 255)}.{random.Next(2, 254)}" : null,
        };
    }

    /// <summary>Hours may exceed 24, e.g. <c>52:03:04</c>.</summary>
    private static string FormatDuration(long ms)
    {
        var span = TimeSpan.FromMilliseconds(ms);
        return string.Create(CultureInfo.InvariantCulture, $"{(long)span.TotalHours:D2}:{span.Minutes:D2}:{span.Seconds:D2}");
    }
}
