using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace GpuCloud.Core.Paging
{
    /// <summary>
    /// Runs per-item requests concurrently and hands results back in the order the items were added:
    /// add an item, then drain down to the concurrency bound; at the end, drain to zero.
    /// </summary>
    public sealed class OrderedWindow<TKey, TResult>
    {
        private readonly Queue<KeyValuePair<TKey, Task<TResult>>> _pending = new Queue<KeyValuePair<TKey, Task<TResult>>>();

        public int Count => _pending.Count;

        public void Add(TKey key, Func<Task<TResult>> start) => _pending.Enqueue(new KeyValuePair<TKey, Task<TResult>>(key, Run(start)));

        /// <summary>Completes the oldest requests, in order, until at most <paramref name="keepInFlight"/> remain.</summary>
        public async Task DrainAsync(int keepInFlight, Action<TKey, TResult> onResult, Action<TKey, Exception> onFailure)
        {
            while (_pending.Count > Math.Max(0, keepInFlight))
            {
                var next = _pending.Dequeue();
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
