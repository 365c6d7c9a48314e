using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace GpuCloud.Core.Paging
{
    /// <summary>
    /// Runs per-item requests concurrently and hands results back in the order the items were added:
    /// add an item, then drain down to the concurrency bound; at the end, drain to zero. A result that
    /// comes in before an earlier one frees its request at once (at most twice the bound are held), so one
    /// slow request does not hold the others back. A key added again does not start another request: the
    /// first one's result (or failure) is handed back again in the later position. The window keeps every
    /// key's request for its lifetime, so use one window per call.
    /// </summary>
    public sealed class OrderedWindow<TKey, TResult>
    {
        private readonly Queue<KeyValuePair<TKey, Task<TResult>>> _pending = new Queue<KeyValuePair<TKey, Task<TResult>>>();
        private readonly Dictionary<TKey, Task<TResult>> _requested;

        public OrderedWindow(IEqualityComparer<TKey>? keyComparer = null)
        {
            _requested = new Dictionary<TKey, Task<TResult>>(keyComparer ?? EqualityComparer<TKey>.Default);
        }

        public int Count => _pending.Count;

        /// <summary>Queues the result for <paramref name="key"/>, calling <paramref name="start"/> only if the key was not added before.</summary>
        public void Add(TKey key, Func<Task<TResult>> start)
        {
            if (!_requested.TryGetValue(key, out var request))
            {
                request = Run(start);
                _requested.Add(key, request);
            }

            _pending.Enqueue(new KeyValuePair<TKey, Task<TResult>>(key, request));
        }

        /// <summary>
        /// Hands back the oldest results, in order, until at most <paramref name="keepInFlight"/> requests are still
        /// coming and at most twice that plus one are held; with 0, until none is left.
        /// </summary>
        public async Task DrainAsync(int keepInFlight, Action<TKey, TResult> onResult, Action<TKey, Exception> onFailure)
        {
            var keep = Math.Max(0, keepInFlight);
            while (_pending.Count > keep)
            {
                var next = _pending.Peek();
                if (!next.Value.IsCompleted)
                {
                    var coming = StillComing.Of(next.Value, _pending);
                    if (coming.Count <= keep && _pending.Count <= (2 * keep) + 1)
                    {
                        return;
                    }

                    await Task.WhenAny(coming).ConfigureAwait(false);
                    continue;
                }

                _pending.Dequeue();
                TResult result;
                try
                {
                    result = await next.Value.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    throw;
                }
                catch (Exception failure)
                {
                    onFailure(next.Key, failure);
                    continue;
                }

                onResult(next.Key, result);
            }
        }

        private static Task<TResult> Run(Func<Task<TResult>> start)
        {
            try
            {
                return start();
            }
            catch (Exception failure)
            {
                var failed = new TaskCompletionSource<TResult>();
                failed.SetException(failure);
                return failed.Task;
            }
        }
    }
}
