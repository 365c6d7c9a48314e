using System;
using System.Diagnostics;
using System.Threading;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;

namespace GpuCloud.Core.Paging
{
    /// <summary>
    /// How many requests of one call go out at once: the call's bound at first, halved each time the server throttles, for
    /// the rest of the call. Requests throttled together, or one request throttled again on its retries, lower it once: a
    /// request sent before the last lowering was sent under the old bound and says nothing about the new one. It also counts
    /// the retries of the call's requests.
    /// </summary>
    public sealed class AdaptiveConcurrency
    {
        private readonly object _gate = new object();
        private int _current;
        private int _retries;
        private int _loweringToAnnounce;
        private long _loweredAt = long.MinValue;

        public AdaptiveConcurrency(int initial)
        {
            _current = Math.Max(1, initial);
        }

        /// <summary>Requests to have in flight now.</summary>
        public int Current => Volatile.Read(ref _current);

        /// <summary>Retries of the requests made through <see cref="Observing"/>.</summary>
        public int Retries => Volatile.Read(ref _retries);

        /// <summary>The call whose retried requests are counted here (and lower the concurrency when throttled).</summary>
        public CallContext Observing(CallContext call, CancellationToken cancellationToken) =>
            new CallContext(call.Options, call.Diagnostics, cancellationToken) { RetryObserved = OnRetry, RequestGate = call.RequestGate };

        /// <summary>The concurrency throttling lowered to (never below 1), once per lowering; null when it was not lowered since last asked.</summary>
        public int? TakeLowering()
        {
            var lowered = Interlocked.Exchange(ref _loweringToAnnounce, 0);
            return lowered == 0 ? (int?)null : lowered;
        }

        /// <remarks>Called from whichever thread retries; the reads above are lock-free, the pager asks for them on every page.</remarks>
        internal void OnRetry(GpuCloudApiException retried, long sentAt)
        {
            Interlocked.Increment(ref _retries);
            lock (_gate)
            {
                if (retried.Kind == ErrorKind.Throttled && _current > 1 && sentAt > _loweredAt)
                {
                    var lowered = Math.Max(1, _current / 2);
                    Volatile.Write(ref _current, lowered);
                    Volatile.Write(ref _loweringToAnnounce, lowered);
                    _loweredAt = Stopwatch.GetTimestamp();
                }
            }
        }
    }
}
