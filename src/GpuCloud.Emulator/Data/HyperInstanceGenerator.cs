using System.Globalization;
using GpuCloud.Emulator.Models.ModelArts;

namespace GpuCloud.Emulator.Data;

/// <summary>Ordinal 0 is the document's <c>devserver-hps</c> record.</summary>
internal sealed class HyperInstanceGenerator(int seed, int baseCount) : IItemGenerator<HyperInstance>
{
    private const int Salt = 37;

    private static readonly string[] NameWords = ["train", "infer", "pretrain", "finetune", "eval", "research"];

    public ListingEntry Entry(int ordinal)
    {
        if (IsDocumented(ordinal))
        {
            var record = DocumentRecords.DevServerHps;
            return new ListingEntry(record.Id, record.CreateAt, record.UpdateAt, ordinal);
        }
        return Header(SeededRandom.ForItem(seed, Salt, ordinal), ordinal);
    }

    public HyperInstance Item(int ordinal)
    {
        if (IsDocumented(ordinal))
        {
            return DocumentRecords.DevServerHps;
        }

        var random = SeededRandom.ForItem(seed, Salt, ordinal);
        var header = Header(random, ordinal);
        var name = $"devserver-{random.Pick(NameWords)}-{ordinal:D4}";
        var hpsId = random.Uuid();
        var status = random.Pick(Catalog.ModelArtsHyperStatuses);
        var created = DateTimeOffset.FromUnixTimeMilliseconds(header.CreateMs);
        var orderId = "CS" + created.ToString("yyMMddHHmm", CultureInfo.InvariantCulture) + random.Alphanumeric(5);
        var flavor = random.Pick(Catalog.ModelArtsFlavors);
        var chargingMode = random.Next(3) == 0 ? "POST_PAID" : "PRE_PAID";
        var keyPair = $"KeyPair-{random.Alphanumeric(4).ToLowerInvariant()}";
        var vpcId = random.Uuid();
        var subnetId = random.Uuid();
        var subnetOctet = random.Next(0, 255);
        var image = new ServerImage
        {
            Arch = flavor.StartsWith("pnt", StringComparison.Ordinal) ? "x86_64" : "aarch64",
            ImageId = random.Uuid(),
            Name = random.Pick(new[] { "HCE2.0-CANN8.0-Snt9b", "EulerOS2.10-Ascend-CANN8.0.RC3", "Ubuntu22.04-CUDA12.4" }),
            ServerType = "HPS",
            Status = "ACTIVE",
        };

        var servers = new HyperInstanceServer[random.Next(2, 5)];
        for (var s = 0; s < servers.Length; s++)
        {
            var uri = $"10.{random.Next(0, 4)}.{subnetOctet}.{random.Next(2, 254)}";
            servers[s] = new HyperInstanceServer
            {
                Category = "HPS",
                ChargingMode = chargingMode,
                CloudServer = new CloudServer { HpsEcsId = random.Uuid(), HpsId = hpsId, Id = random.Uuid(), Type = "HPS" },
                CreateAt = header.CreateMs + s + 1,
                Endpoints = [new ServerEndpoint { AllowedAccessIps = [], DevService = "SSH", Service = "SSH", SshKeys = [keyPair], Uri = uri }],
                EndpointsResponse =
                [
                    new ServerEndpointAccess
                    {
                        AllowedAccessIps = random.Next(3) == 0 ? ["192.168.0.0/16"] : [],
                        DevService = "SSH",
                        Extensions = new Dictionary<string, string>(),
                        SshKeys = [keyPair],
                    },
                ],
                Flavor = flavor,
                Id = random.Uuid(),
                Image = image,
                KeyPairName = keyPair,
                Name = $"{name}-{s + 1}",
                OrderId = orderId,
                ServerHps = new ServerHps { Id = header.Id, Name = name },
                ServerImageResponse = image,
                Status = status == "ACTIVE" ? "RUNNING" : random.Pick(Catalog.ModelArtsServerStatuses),
                SubnetId = subnetId,
                UpdateAt = header.UpdateMs,
                VpcId = vpcId,
            };
        }

        return new HyperInstance
        {
            CreateAt = header.CreateMs,
            HpsClusterId = random.Uuid(),
            HpsId = hpsId,
            Id = header.Id,
            Name = name,
            OrderId = orderId,
            Servers = servers,
            Status = status,
            UpdateAt = header.UpdateMs,
        };
    }

    private bool IsDocumented(int ordinal) => ordinal == 0 && baseCount > 0;

    private ListingEntry Header(Random random, int ordinal)
    {
        var id = random.Uuid();
        var created = ordinal >= baseCount ? DataClock.AfterAnchorMs(ordinal - baseCount) : DataClock.PastYearMs(random);
        var updated = ordinal >= baseCount ? created : Math.Min(DataClock.AnchorMs, created + random.NextInt64(0, (long)TimeSpan.FromDays(30).TotalMilliseconds));
        return new ListingEntry(id, created, updated, ordinal);
    }
}
