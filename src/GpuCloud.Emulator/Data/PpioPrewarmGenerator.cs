using System.Globalization;
using GpuCloud.Emulator.Models.Ppio;

namespace GpuCloud.Emulator.Data;

/// <summary>Ordinals 0 and 1 are the document's two example records.</summary>
internal sealed class PpioPrewarmGenerator(int seed, int baseCount) : IItemGenerator<PpioPrewarmTask>
{
    private const int Salt = 23;

    private static readonly PpioPrewarmTask[] Documented = [DocumentRecords.NginxPrewarm, DocumentRecords.PytorchPrewarm];
    private static readonly string[] States = ["Succeeded", "Succeeded", "Succeeded", "Failed", "Running", "Pending"];

    public ListingEntry Entry(int ordinal)
    {
        if (ordinal < Documented.Length && ordinal < baseCount)
        {
            var record = Documented[ordinal];
            var ms = long.Parse(record.CreateTime, CultureInfo.InvariantCulture) * 1000;
            return new ListingEntry(record.Id, ms, ms, ordinal);
        }
        return Header(SeededRandom.ForItem(seed, Salt, ordinal), ordinal);
    }

    public PpioPrewarmTask Item(int ordinal)
    {
        if (ordinal < Documented.Length && ordinal < baseCount)
        {
            return Documented[ordinal];
        }

        var random = SeededRandom.ForItem(seed, Salt, ordinal);
        var header = Header(random, ordinal);
        var image = random.Pick(Catalog.PrewarmImages);
        var cluster = random.Pick(Catalog.PpioClusters);
        var state = random.Pick(States);
        var createSeconds = header.CreateMs / 1000;
        var finished = state is "Succeeded" or "Failed";
        var products = new PpioPrewarmProduct[random.Next(0, 3)];
        for (var p = 0; p < products.Length; p++)
        {
            var product = Catalog.PpioProducts[(random.Next(Catalog.PpioProducts.Length) + p) % Catalog.PpioProducts.Length];
            products[p] = new PpioPrewarmProduct { ProductId = product.Id, ProductName = product.Name };
        }

        return new PpioPrewarmTask
        {
            Id = header.Id,
            ImageName = image.Name,
            ImageUrl = image.Url,
            ClusterId = cluster.Id,
            ClusterName = cluster.Name,
            Products = products,
            ImageSize = random.NextInt64(20_000_000, 25_000_000_000).ToString(CultureInfo.InvariantCulture),
            CreateTime = createSeconds.ToString(CultureInfo.InvariantCulture),
            State = state,
            CompleteTime = finished
                ? (createSeconds + random.Next(5, 3600)).ToString(CultureInfo.InvariantCulture)
                : random.Next(2) == 0 ? "" : null,
            Note = random.Pick(Catalog.PrewarmNotes),
            Reason = state switch
            {
                "Succeeded" => random.Next(2) == 0 ? PrewarmReasons.EmptyArray : PrewarmReasons.Text("image pulled successfully"),
                "Failed" => PrewarmReasons.Text(random.Next(2) == 0 ? "pull image failed: manifest unknown" : "pull image failed: unauthorized"),
                _ => PrewarmReasons.EmptyObject,
            },
            RepositoryAuth = random.Next(5) == 0 ? random.PpioId() : "",
        };
    }

    private ListingEntry Header(Random random, int ordinal)
    {
        var id = random.PpioId();
        var created = ordinal >= baseCount ? DataClock.AfterAnchorMs(ordinal - baseCount) : DataClock.PastYearMs(random);
        created -= created % 1000;
        return new ListingEntry(id, created, created, ordinal);
    }
}
