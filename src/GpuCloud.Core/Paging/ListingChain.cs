using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;

namespace GpuCloud.Core.Paging
{
    /// <summary>
    /// Several listings read one after another as one, in the order given (PPIO prewarm tasks: one listing filtered by the
    /// server per cluster). -Skip and -First count across them: what is left of each when one listing ends carries to the
    /// next, so a listing after the one where -First is reached is never requested, and one that -Skip passes over whole
    /// costs the one request that tells its count. The total is the sum of the listings' counts, reported once and before
    /// the first item, as one listing's is: the listings after the first are counted (a page of one item each) while the
    /// first is read, and a listing whose count is known and that -Skip passes over whole is not requested again.
    /// </summary>
    internal sealed class ListingChain<T>
    {
        private readonly IReadOnlyList<Pager<T>> _listings;

        public ListingChain(IReadOnlyList<Pager<T>> listings)
        {
            _listings = listings;
        }

        public async IAsyncEnumerable<T> ReadAsync(PagingOptions paging, CallContext call, Action<long>? totalReported = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var firstLeft = paging.First ?? ulong.MaxValue;
            if (_listings.Count == 0 || (firstLeft == 0 && totalReported == null))
            {
                yield break;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(call.CancellationToken, cancellationToken);

            // With -First 0 there is only the count, of every listing; otherwise the first listing's comes with its first page.
            var countedAheadFrom = firstLeft == 0 ? 0 : 1;
            if (totalReported != null && _listings.Count > countedAheadFrom)
            {
                // The counts ahead and the listing being read share the call's bound on requests in flight (without counts ahead
                // the listings are read one after another and each pager keeps to the bound). Not disposed: requests cancelled
                // when the chain ends may still release it (it never allocates a wait handle).
                call = new CallContext(call.Options, call.Diagnostics, call.CancellationToken) { RequestGate = new SemaphoreSlim(call.Options.EffectiveMaxConcurrency) };
            }

            var countsAhead = totalReported == null ? Array.Empty<Task<long?>>() : CountAhead(countedAheadFrom, paging.PageSize, call, stop.Token);
            long? firstListingCount = null;
            var totalToReport = totalReported != null;
            var skipLeft = paging.Skip;
            long written = 0;

            async Task ReportTotalAsync()
            {
                totalToReport = false;
                var counts = new List<long?>();
                if (countedAheadFrom == 1)
                {
                    counts.Add(firstListingCount);
                }

                foreach (var count in countsAhead)
                {
                    counts.Add(await count.ConfigureAwait(false));
                }

                // As for one listing, a server that gives no count gets no total written.
                if (counts.All(count => count != null))
                {
                    totalReported!(counts.Sum(count => count!.Value));
                }
            }

            try
            {
                for (var index = 0; index < _listings.Count && firstLeft > 0; index++)
                {
                    var listing = _listings[index];
                    if (index >= countedAheadFrom && countsAhead.Length > 0)
                    {
                        var known = await countsAhead[index - countedAheadFrom].ConfigureAwait(false);
                        if (known != null && skipLeft >= (ulong)Math.Max(0, known.Value))
                        {
                            skipLeft -= (ulong)Math.Max(0, known.Value);
                            call.Diagnostics.Verbose(known.Value <= 0
                                ? string.Format(CultureInfo.InvariantCulture, "{0}: the server counts no item; it is not read.", listing.Listing)
                                : string.Format(CultureInfo.InvariantCulture, "{0}: -Skip passes over all {1} of its item(s); it is not read.", listing.Listing, known.Value));
                            continue;
                        }
                    }

                    var isFirstListing = index == 0;
                    long? listingCount = null;
                    long fromListing = 0;
                    var options = new PagingOptions(paging.PageSize, skipLeft, firstLeft == ulong.MaxValue ? (ulong?)null : firstLeft, paging.PageSizeIsDefault);
                    var items = listing.ReadAsync(options, call, count =>
                    {
                        listingCount = count;
                        if (isFirstListing)
                        {
                            firstListingCount = count;
                        }
                    }).GetAsyncEnumerator(stop.Token);
                    try
                    {
                        while (true)
                        {
                            bool more;
                            try
                            {
                                more = await items.MoveNextAsync().ConfigureAwait(false);
                            }
                            catch (GpuCloudException failure) when (written > 0 || failure is ListingIncompleteException)
                            {
                                throw Incomplete(failure, written, listing.Listing);
                            }

                            if (!more)
                            {
                                break;
                            }

                            if (totalToReport)
                            {
                                await ReportTotalAsync().ConfigureAwait(false);
                            }

                            yield return items.Current;
                            written++;
                            fromListing++;
                            if (firstLeft != ulong.MaxValue)
                            {
                                firstLeft--;
                            }
                        }
                    }
                    finally
                    {
                        await items.DisposeAsync().ConfigureAwait(false);
                    }

                    skipLeft = SkipLeftAfter(listing, skipLeft, fromListing, listingCount, isLast: index == _listings.Count - 1);
                }

                if (totalToReport)
                {
                    await ReportTotalAsync().ConfigureAwait(false);
                }
            }
            finally
            {
                stop.Cancel();
                foreach (var count in countsAhead)
                {
                    _ = count.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                }
            }
        }

        /// <summary>What is left of -Skip for the next listing: an item written means the skip was used up before it.</summary>
        private static ulong SkipLeftAfter(Pager<T> listing, ulong skipLeft, long written, long? count, bool isLast)
        {
            if (skipLeft == 0 || written > 0)
            {
                return 0;
            }

            if (count != null)
            {
                var passedOver = (ulong)Math.Max(0, count.Value);
                return skipLeft > passedOver ? skipLeft - passedOver : 0;
            }

            if (isLast)
            {
                return skipLeft;
            }

            throw new InvalidParameterException("Skip", string.Format(CultureInfo.InvariantCulture,
                "{0}: the server gives no count, so how much of -Skip {1} this listing passed over, and how much is left for the listings after it, is unknown. Read the listings one at a time to skip within them.",
                listing.Listing, skipLeft));
        }

        private static GpuCloudException Incomplete(GpuCloudException failure, long written, string listing) => failure is ListingIncompleteException partial
            ? new ListingIncompleteException(partial.Cause, written, partial.PageNumber, listing)
            : new ListingIncompleteException(failure, written, 1, listing);

        /// <summary>
        /// Counts the listings from <paramref name="from"/> on, each from a page of one item, within the call's bound on requests
        /// in flight (its gate); a count is null when the server gives none.
        /// </summary>
        private Task<long?>[] CountAhead(int from, int pageSize, CallContext call, CancellationToken cancellationToken) =>
            _listings.Skip(from).Select(listing => CountAsync(listing, pageSize, call, cancellationToken)).ToArray();

        private static async Task<long?> CountAsync(Pager<T> listing, int pageSize, CallContext call, CancellationToken cancellationToken)
        {
            long? count = null;
            var counting = listing.ReadAsync(new PagingOptions(pageSize, 0, 0), call, counted => count = counted).GetAsyncEnumerator(cancellationToken);
            try
            {
                while (await counting.MoveNextAsync().ConfigureAwait(false))
                {
                }
            }
            finally
            {
                await counting.DisposeAsync().ConfigureAwait(false);
            }

            return count;
        }
    }
}
