using System.Collections.Concurrent;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Paging;
using GpuCloud.Models;

namespace GpuCloud.Core.Tests.Paging;

/// <summary>An in-memory listing served page by page, with hooks to delay, fail or change it, and a record of requests.</summary>
public sealed class FakePages
{
    private readonly object _gate = new();
    private int _inFlight;

    public FakePages(int count) => Items = Enumerable.Range(0, count).Select(i => "item-" + i.ToString("D5")).ToList();

    public List<string> Items { get; }

    public ConcurrentQueue<int> Requested { get; } = new();

    public ConcurrentQueue<int> RequestedSizes { get; } = new();

    public int MaxInFlight { get; private set; }

    public Func<int, CancellationToken, Task>? BeforeServing { get; set; }

    public Action<int>? AfterServing { get; set; }

    public bool ReportTotal { get; set; } = true;

    internal async Task<Page<string>> FetchAsync(PageRequest request, CallContext call)
    {
        Requested.Enqueue(request.PageIndex);
        RequestedSizes.Enqueue(request.PageSize);
        lock (_gate)
        {
            _inFlight++;
            MaxInFlight = Math.Max(MaxInFlight, _inFlight);
        }

        try
        {
            if (BeforeServing != null)
            {
                await BeforeServing(request.PageIndex, call.CancellationToken);
            }

            call.CancellationToken.ThrowIfCancellationRequested();
            List<string> slice;
            int total;
            lock (_gate)
            {
                slice = Items.Skip((int)request.RecordOffset).Take(request.PageSize).ToList();
                total = Items.Count;
            }

            AfterServing?.Invoke(request.PageIndex);
            return new Page<string>(slice, ReportTotal ? total : null);
        }
        finally
        {
            lock (_gate)
            {
                _inFlight--;
            }
        }
    }

    /// <summary>Removes the first <paramref name="count"/> items (as many as there are), safely beside requests being served.</summary>
    public void RemoveFront(int count)
    {
        lock (_gate)
        {
            Items.RemoveRange(0, Math.Min(count, Items.Count));
        }
    }

    public static GpuCloudApiException Throttled() => new(CloudProvider.Ppio, "Fake", ErrorKind.Throttled, 429, null, "slow down", null);
}
