using GpuCloud.Emulator.Models.ModelArts;
using GpuCloud.Emulator.Models.Ppio;
using GpuCloud.Emulator.Models.Scnet;

namespace GpuCloud.Emulator.Data;

/// <summary>All data for one (seed, items) pair; each listing is built on first use.</summary>
internal sealed class EmulatorDataSet
{
    private readonly Lazy<OrderedListing<PpioEndpoint>> _endpoints;
    private readonly Lazy<OrderedListing<PpioPrewarmTask>> _prewarmTasks;
    private readonly Lazy<OrderedListing<HyperInstance>> _hyperInstances;
    private readonly Lazy<IReadOnlyList<ScnetContainer>> _containers;

    public EmulatorDataSet(int seed, int items)
    {
        Seed = seed;
        Items = Math.Max(0, items);
        var count = Items;
        _endpoints = new(() => new OrderedListing<PpioEndpoint>(new PpioEndpointGenerator(seed, count), count, cacheItems: false));
        _prewarmTasks = new(() => new OrderedListing<PpioPrewarmTask>(new PpioPrewarmGenerator(seed, count), count, cacheItems: true));
        _hyperInstances = new(() => new OrderedListing<HyperInstance>(new HyperInstanceGenerator(seed, count), count, cacheItems: true));
        Quotas = ScnetDataGenerator.Quotas();
        _containers = new(() => ScnetDataGenerator.Containers(seed, count, Quotas));
        ContainersById = new Lazy<IReadOnlyDictionary<string, ScnetContainer>>(() => Containers.ToDictionary(c => c.Id, StringComparer.Ordinal));
    }

    public int Seed { get; }

    public int Items { get; }

    public OrderedListing<PpioEndpoint> Endpoints => _endpoints.Value;

    public OrderedListing<PpioPrewarmTask> PrewarmTasks => _prewarmTasks.Value;

    public OrderedListing<HyperInstance> HyperInstances => _hyperInstances.Value;

    public IReadOnlyList<ScnetContainer> Containers => _containers.Value;

    public Lazy<IReadOnlyDictionary<string, ScnetContainer>> ContainersById { get; }

    public IReadOnlyList<ScnetNodeQuota> Quotas { get; }
}
