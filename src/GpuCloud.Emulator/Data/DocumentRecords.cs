using GpuCloud.Emulator.Models.ModelArts;
using GpuCloud.Emulator.Models.Ppio;
using GpuCloud.Emulator.Models.Scnet;

namespace GpuCloud.Emulator.Data;

/// <summary>The example records of the provider documents, verbatim.</summary>
internal static class DocumentRecords
{
    public static readonly PpioPrewarmTask NginxPrewarm = new()
    {
        Id = "nzd5nyi4keefsv2d",
        ImageName = "nginx",
        ImageUrl = "nginx",
        ClusterId = "cn-dev-1",
        ClusterName = "v2测试(cn-dev-1)",
        Products = [],
        ImageSize = "72298048",
        CreateTime = "1757656178",
        State = "Succeeded",
        CompleteTime = "1757656207",
        Note = "",
        Reason = PrewarmReasons.EmptyArray,
        RepositoryAuth = "",
    };

    public static readonly PpioPrewarmTask PytorchPrewarm = new()
    {
        Id = "fexahnwdp4l1ajva",
        ImageName = "pytorch",
        ImageUrl = "test-image.ppinfra.com/test-public/pytorch:v2",
        ClusterId = "cn-dev-1",
        ClusterName = "v2测试(cn-dev-1)",
        Products = [new PpioPrewarmProduct { ProductId = "4090.18c.60g.18c60g", ProductName = "RTX 4090 24GB 18c" }],
        ImageSize = "6762128493",
        CreateTime = "1756361365",
        State = "Succeeded",
        CompleteTime = "1756361371",
        Note = "",
        Reason = PrewarmReasons.Text("image pulled successfully"),
        RepositoryAuth = "",
    };

    public static readonly ScnetContainer Container = new()
    {
        Id = "4c1f43ddb030483e89b55413bee6c004",
        HeaderNotebookId = "1a07f501dc89459686996a26ef521abb",
        InstanceServiceName = "Instances_2205113837",
        CurrentIndex = 2,
        GpuNumber = 1,
        CpuNumber = 3,
        RamSize = 15360,
        AcceleratorType = "gpu",
        ResourceGroup = "TeslaM40",
        ResourceSpec = "3 核心; 1 加速器; 15.0G 内存",
        TaskNumber = 1,
        TimeoutLimit = "unlimited",
        UserName = "magic2",
        Version = "jupyter:4.4-py3.7-cpu",
        ImagePath = "10.0.35.26:5000/gpu/admin/base/jupyter:4.4-py3.7-cpu",
        Status = "Waiting",
        TaskType = "ssh",
        Description = "",
        CreateTime = "2022-05-11 19:30:34",
        StartTime = null,
        EndTime = null,
        Duration = "--",
        RemainingTime = "--",
        TensorboardId = null,
        TensorboardPath = null,
        MountInfoList = [],
        ContainerPortInfoList = [],
        UseStartScript = false,
        StartScriptContent = "",
        StartScriptPath = null,
        StartScriptActionScope = "all",
        HeaderNotebookIp = null,
    };

    public static readonly ScnetNodeQuota TeslaM40Quota = new()
    {
        Id = null,
        CpuNumber = 40,
        MluLimits = 0,
        DcuLimits = 0,
        NvLimits = 0,
        GpuNumber = 2,
        MemorySize = 31888,
        ResourceGroup = "TeslaM40",
        UserName = null,
        NodeNumber = 1,
        MaxTime = "unlimited",
        AcceleratorType = "gpu",
    };

    public static readonly HyperInstance DevServerHps = new()
    {
        CreateAt = 1731055875839,
        HpsClusterId = "42669b79-da2f-4482-ad40-22f50442c9e7",
        HpsId = "33806b62-1c7b-4781-8d2c-411a042b86b8",
        Id = "b4beacb6-4380-448c-a218-daa82cf03f5d",
        Name = "devserver-hps",
        OrderId = "CS2411081650G9B6Z",
        Servers =
        [
            new HyperInstanceServer
            {
                ChargingMode = "PRE_PAID",
                CloudServer = new CloudServer
                {
                    HpsId = "33806b62-1c7b-4781-8d2c-411a042b86b8",
                    Id = "50208d41-749e-4bce-95a9-47a850925d4e",
                    Type = "HPS",
                },
                CreateAt = 1731055875840,
                Endpoints = [new ServerEndpoint { Service = "SSH", Uri = "10.1.0.98" }],
                Flavor = "kat3ne-8.48xlarge.8.800t.matrix",
                Id = "278d70a9-2049-450a-bf6d-db02fe9f6634",
                Image = new ServerImage { ImageId = "86496e41-87c4-4779-9007-4f8f5c2a208f" },
                KeyPairName = "KeyPair-hps",
                Name = "devserver-hps-1",
                OrderId = "CS2411081650G9B6Z",
                ServerHps = new ServerHps { Id = "b4beacb6-4380-448c-a218-daa82cf03f5d", Name = "devserver-hps" },
                Status = "RUNNING",
                UpdateAt = 1731209918651,
                VpcId = "7980ccf4-44d0-42cc-a844-42e035379a38",
            },
        ],
        Status = "ACTIVE",
        UpdateAt = 1731209918651,
    };
}
