using GpuCloud.Emulator.Data;

namespace GpuCloud.Emulator;

/// <summary>The data the emulator serves, deterministic from <see cref="EmulatorOptions.Seed"/> and <see cref="EmulatorOptions.Items"/>.</summary>
public sealed class EmulatorState
{
    private readonly EmulatorOptions _options;
    private readonly object _gate = new();
    private volatile EmulatorDataSet _data;

    internal EmulatorState(EmulatorOptions options)
    {
        _options = options;
        _data = new EmulatorDataSet(options.Seed, options.Items);
    }

    /// <summary>The current data; rebuilt when Seed or Items changed since it was built.</summary>
    internal EmulatorDataSet Data
    {
        get
        {
            var data = _data;
            if (data.Seed == _options.Seed && data.Items == Math.Max(0, _options.Items))
            {
                return data;
            }
            lock (_gate)
            {
                if (_data.Seed != _options.Seed || _data.Items != Math.Max(0, _options.Items))
                {
                    _data = new EmulatorDataSet(_options.Seed, _options.Items);
                }
                return _data;
            }
        }
    }

    /// <summary>
    /// Ids in the order the listing serves them by default: PPIO newest first; ModelArts by createTime DESC;
    /// SCNet containers and quotas (quota "ids" are <c>resourceGroup/acceleratorType</c>) in generation order.
    /// Reflects items inserted or removed by faults.
    /// </summary>
    public IReadOnlyList<string> CurrentIds(Listing which)
    {
        var data = Data;
        return which switch
        {
            Listing.PpioEndpoints => data.Endpoints.Entries.Select(e => e.Id).ToArray(),
            Listing.PpioPrewarmTasks => data.PrewarmTasks.Entries.Select(e => e.Id).ToArray(),
            Listing.ModelArtsHyperInstances => data.HyperInstances.Entries.Select(e => e.Id).ToArray(),
            Listing.ScnetContainers => data.Containers.Select(c => c.Id).ToArray(),
            Listing.ScnetQuotas => data.Quotas.Select(q => $"{q.ResourceGroup}/{q.AcceleratorType}").ToArray(),
            _ => throw new ArgumentOutOfRangeException(nameof(which), which, null),
        };
    }

    public int Count(Listing which)
    {
        var data = Data;
        return which switch
        {
            Listing.PpioEndpoints => data.Endpoints.Entries.Count,
            Listing.PpioPrewarmTasks => data.PrewarmTasks.Entries.Count,
            Listing.ModelArtsHyperInstances => data.HyperInstances.Entries.Count,
            Listing.ScnetContainers => data.Containers.Count,
            Listing.ScnetQuotas => data.Quotas.Count,
            _ => throw new ArgumentOutOfRangeException(nameof(which), which, null),
        };
    }

    /// <summary>Throws away inserted/removed items and rebuilds everything from the seed.</summary>
    public void Rebuild()
    {
        lock (_gate)
        {
            _data = new EmulatorDataSet(_options.Seed, _options.Items);
        }
    }
}
