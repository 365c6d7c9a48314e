using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;

namespace GpuCloud.Core.Paging
{
    /// <summary>
    /// The one pager behind every listing. It reads the first page alone, then keeps up to
    /// MaxConcurrency later pages in flight while it yields items strictly in server order, each page
    /// as soon as it and every earlier page are in. A page that comes in before an earlier one frees its
    /// request at once (at most twice MaxConcurrency pages are held ahead of the one being written), so one
    /// slow page does not hold the other requests back. It never fetches a page -First/-Skip do not need,
    /// never yields an item twice (listings that shift between requests repeat items), reads pages again,
    /// back as far as the server's count fell, when the listing shrank under it (see <see cref="ShrinkChase"/>), and the page
    /// whose count fell, when it may have been answered before items added at the front pushed others onto it, halves its
    /// concurrency when throttled, and warns when fewer items arrived than the server counted.
    /// </summary>
    internal sealed class Pager<T>
    {
        private const int SmallestFallbackPageSize = 10;
        private readonly string _listing;
        private readonly Func<PageRequest, CallContext, Task<Page<T>>> _fetchPage;
        private readonly Func<T, string?> _keyOf;
        private readonly string? _numberingHint;

        /// <param name="numberingHint">What to set when the provider may number its pages otherwise than assumed; said when
        /// fewer items arrived than a count that never changed.</param>
        public Pager(string listing, Func<PageRequest, CallContext, Task<Page<T>>> fetchPage, Func<T, string?> keyOf, string? numberingHint = null)
        {
            _listing = listing;
            _fetchPage = fetchPage;
            _keyOf = keyOf;
            _numberingHint = numberingHint;
        }

        /// <summary>How messages name the listing, such as "PPIO ListEndpoints".</summary>
        public string Listing => _listing;

        /// <param name="filter">A client-side filter; -Skip and -First then count matching items, and every page is read.</param>
        public async IAsyncEnumerable<T> ReadAsync(PagingOptions paging, CallContext call, Action<long>? totalReported = null, Func<T, bool>? filter = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(call.CancellationToken, cancellationToken);
            var state = new AdaptiveConcurrency(call.Options.EffectiveMaxConcurrency);
            var listingCall = state.Observing(call, stop.Token);
            var inFlight = new Queue<KeyValuePair<int, Task<Page<T>>>>();
            var wanted = paging.First ?? ulong.MaxValue;

            // The count alone, from the smallest page there is.
            async Task<long?> CountAsync()
            {
                var counted = await FetchAsync(new PageRequest(0, 1), listingCall).ConfigureAwait(false);
                if (counted.Total != null)
                {
                    totalReported?.Invoke(counted.Total.Value);
                }

                return counted.Total;
            }

            if (wanted == 0)
            {
                if (totalReported != null)
                {
                    await CountAsync().ConfigureAwait(false);
                }

                yield break;
            }

            var serverSkip = filter == null ? paging.Skip : 0UL;
            var matchesToSkip = filter == null ? 0UL : paging.Skip;
            var pageSize = paging.PageSize;
            if (paging.PageSizeIsDefault && filter == null && serverSkip == 0 && wanted < (ulong)pageSize)
            {
                // -First N alone, below the default page size: a page of N is all that is needed.
                pageSize = (int)wanted;
            }

            if (serverSkip > (ulong)(int.MaxValue - pageSize))
            {
                // No provider pages that far (page numbers and offsets are 32-bit): the count says whether anything is there.
                var total = await CountAsync().ConfigureAwait(false);
                if (total == null || (ulong)total.Value <= serverSkip)
                {
                    yield break;
                }

                throw new InvalidParameterException("Skip", string.Format(CultureInfo.InvariantCulture, "-Skip {0} is further than {1} can page to; the listing holds {2} item(s).", serverSkip, _listing, total.Value));
            }

            var firstIndex = (int)Math.Min(int.MaxValue, serverSkip / (ulong)pageSize);
            var skipInFirstPage = (int)(serverSkip % (ulong)pageSize);
            var nextIndex = firstIndex;
            int? lastIndex = null;
            long? serverTotal = null;
            var seen = new KeySet();
            long written = 0;
            long received = 0;
            long duplicates = 0;
            var readToTheEnd = false;
            var drifted = false;
            var caughtUp = false;
            var highestIndexRead = -1;
            long? previousPageTotal = null;
            long? firstServerTotal = null;
            ShrinkChase? chase = null;
            var pagesRead = 0;
            var firstReached = false;
            var clock = Stopwatch.StartNew();

            int LastNeeded() => wanted == ulong.MaxValue || filter != null ? int.MaxValue : (int)Math.Min(int.MaxValue, (serverSkip + wanted - 1) / (ulong)pageSize);

            void RestartWithPageSize(int size)
            {
                pageSize = size;
                firstIndex = nextIndex = (int)Math.Min(int.MaxValue, serverSkip / (ulong)pageSize);
                skipInFirstPage = (int)(serverSkip % (ulong)pageSize);
                inFlight.Enqueue(Start(nextIndex++, pageSize, listingCall));
            }

            inFlight.Enqueue(Start(nextIndex++, pageSize, listingCall));
            try
            {
                while (inFlight.Count > 0)
                {
                    var next = inFlight.Dequeue();
                    if (inFlight.Count > 0)
                    {
                        // Pages follow this one, so a concurrency lowered meanwhile matters: say so (once per lowering).
                        AnnounceLowering(state, call);
                    }

                    var isFirstPage = next.Key == firstIndex && serverTotal == null && lastIndex == null;
                    while (!next.Value.IsCompleted)
                    {
                        var coming = TopUp(inFlight, ref nextIndex, lastIndex, LastNeeded(), pageSize, state, listingCall, next.Value);
                        if (coming.Count == 1)
                        {
                            break;
                        }

                        // Later pages are still coming too: whichever comes in first frees its request for the next page.
                        await Task.WhenAny(coming).ConfigureAwait(false);
                    }

                    Page<T> page;
                    try
                    {
                        page = await Await(next, written).ConfigureAwait(false);
                        pagesRead++;
                    }
                    catch (GpuCloudApiException refused) when (isFirstPage && refused.Kind == ErrorKind.InvalidArgument && paging.PageSizeIsDefault && pageSize > SmallestFallbackPageSize)
                    {
                        RestartWithPageSize(Math.Max(SmallestFallbackPageSize, pageSize / 2));
                        call.Diagnostics.Verbose(string.Format(CultureInfo.InvariantCulture, "{0}: the server refused the page size ({1}); trying {2} items per page.", _listing, refused.ProviderMessage, pageSize));
                        continue;
                    }

                    if (isFirstPage && page.Total != null && page.Items.Count > 0 && page.Items.Count < pageSize && page.Total.Value > page.Items.Count + (long)next.Key * pageSize)
                    {
                        // The server served fewer items than asked although more exist: it caps the page size.
                        call.Diagnostics.Verbose(string.Format(CultureInfo.InvariantCulture, "{0}: the server returns at most {1} items per page; continuing with that page size.", _listing, page.Items.Count));
                        if (firstIndex != 0)
                        {
                            // The page read was at the old size's offset: read from the right page again.
                            RestartWithPageSize(page.Items.Count);
                            continue;
                        }

                        pageSize = page.Items.Count;
                    }

                    if (page.Total != null)
                    {
                        if (serverTotal == null)
                        {
                            firstServerTotal = page.Total.Value;
                            totalReported?.Invoke(page.Total.Value);
                        }
                        else if (page.Total.Value != serverTotal.Value)
                        {
                            drifted = true;
                        }

                        if (next.Key > highestIndexRead)
                        {
                            if (previousPageTotal != null && page.Total.Value < previousPageTotal.Value && next.Key > firstIndex)
                            {
                                // Items before this page were removed since the page before it was read, so items
                                // moved back onto that page (or, if many went, further): read it again (repeats are dropped).
                                // Pages in flight together are answered in any order, so the count can also fall from one
                                // page to the next because this page was answered before items were added that pushed
                                // the end of the page before it onto this one: read this page again after it.
                                chase = new ShrinkChase(next.Key, previousPageTotal.Value);
                                ReadFirst(inFlight, Start(next.Key, pageSize, listingCall));
                                ReadFirst(inFlight, Start(next.Key - 1, pageSize, listingCall));
                            }

                            previousPageTotal = page.Total.Value;
                            highestIndexRead = next.Key;
                        }
                        else if (chase != null && next.Key == chase.PageBeingReread)
                        {
                            chase = next.Key > firstIndex ? chase.Step(page.Total.Value, pageSize) : null;
                            if (chase != null)
                            {
                                ReadFirst(inFlight, Start(chase.PageBeingReread, pageSize, listingCall));
                            }
                        }

                        serverTotal = page.Total.Value;
                        lastIndex = page.Total.Value == 0 ? firstIndex - 1 : (int)Math.Min(int.MaxValue, (page.Total.Value - 1) / pageSize);
                        if (previousPageTotal > (long)(highestIndexRead + 1) * pageSize)
                        {
                            // When the furthest page was read, items came after it; if the listing has shrunk since, they
                            // moved back onto it. The page after it is read all the same: it comes back short, which
                            // tells how far they went (see ShrinkChase).
                            lastIndex = Math.Max(lastIndex.Value, highestIndexRead + 1);
                        }
                    }
                    else if (page.Items.Count < pageSize)
                    {
                        lastIndex = next.Key;
                    }

                    if (isFirstPage)
                    {
                        DescribePlan(call, serverTotal, firstIndex, lastIndex, LastNeeded(), pageSize, state.Current);
                    }
                    else
                    {
                        TopUp(inFlight, ref nextIndex, lastIndex, LastNeeded(), pageSize, state, listingCall, null);
                    }

                    var skip = next.Key == firstIndex ? skipInFirstPage : 0;
                    for (var i = skip; i < page.Items.Count; i++)
                    {
                        var item = page.Items[i];
                        var key = _keyOf(item);
                        if (key != null && !seen.Add(key))
                        {
                            duplicates++;
                            continue;
                        }

                        received++;

                        if (filter != null && !filter(item))
                        {
                            continue;
                        }

                        if (matchesToSkip > 0)
                        {
                            matchesToSkip--;
                            continue;
                        }

                        yield return item;
                        written++;
                        if ((ulong)written >= wanted)
                        {
                            firstReached = true;
                            yield break;
                        }
                    }

                    if (page.Items.Count == 0)
                    {
                        lastIndex = Math.Min(lastIndex ?? next.Key, next.Key);
                    }

                    if (isFirstPage)
                    {
                        TopUp(inFlight, ref nextIndex, lastIndex, LastNeeded(), pageSize, state, listingCall, null);
                    }

                    if (inFlight.Count == 0 && drifted && !caughtUp && serverSkip == 0 && serverTotal != null && received < serverTotal.Value)
                    {
                        // Items were added before pages already read: read the head of the listing once more.
                        caughtUp = true;
                        var missing = serverTotal.Value - received;
                        var lastHeadPage = (int)Math.Min(lastIndex ?? firstIndex, firstIndex + ((missing + pageSize - 1) / pageSize));
                        call.Diagnostics.Verbose(string.Format(CultureInfo.InvariantCulture, "{0}: {1} item(s) short of the server's count; reading pages {2} to {3} again.", _listing, missing, firstIndex + 1, lastHeadPage + 1));
                        for (var index = firstIndex; index <= lastHeadPage; index++)
                        {
                            inFlight.Enqueue(Start(index, pageSize, listingCall));
                        }
                    }
                }

                readToTheEnd = true;
            }
            finally
            {
                stop.Cancel();
                while (inFlight.Count > 0)
                {
                    Observe(inFlight.Dequeue().Value);
                }

                if (drifted && firstServerTotal != null && serverTotal != null)
                {
                    call.Diagnostics.Warning(string.Format(CultureInfo.InvariantCulture, "{0}: the listing changed while it was read (the server's count went from {1} to {2}); repeated items were written once, and pages that items moved back onto were read again. Items added and removed together can still move an item past every read of it: run the command again for a consistent view.", _listing, firstServerTotal.Value, serverTotal.Value));
                }

                // Counts only mean something for a listing read to its end, not one cut short by -First,
                // by a consumer that stopped reading, or by a failure (which is reported itself).
                if (readToTheEnd)
                {
                    Report(call, serverSkip, serverTotal, received, duplicates, drifted, state);
                }

                if (readToTheEnd || firstReached)
                {
                    call.Diagnostics.Verbose(string.Format(CultureInfo.InvariantCulture, "{0}: {1} item(s) written from {2} page(s) in {3:0} ms{4}.", _listing, written, pagesRead, clock.Elapsed.TotalMilliseconds,
                        firstReached ? " (-First reached; no further page is requested)" : string.Empty));
                }
            }
        }

        /// <summary>
        /// Starts later pages while fewer than the concurrency bound are being requested (<paramref name="head"/>, the page
        /// waited for, counts as one) and fewer than twice the bound are held ahead; returns the head and the requests
        /// still coming after it.
        /// </summary>
        private List<Task<Page<T>>> TopUp(Queue<KeyValuePair<int, Task<Page<T>>>> inFlight, ref int nextIndex, int? lastIndex, int lastNeeded, int pageSize, AdaptiveConcurrency state, CallContext call, Task<Page<T>>? head)
        {
            var coming = StillComing.Of(head, inFlight);
            var limit = Math.Min(lastIndex ?? nextIndex, lastNeeded);
            var width = lastIndex == null ? 1 : state.Current;
            while (coming.Count < width && inFlight.Count < 2 * width && nextIndex <= limit)
            {
                var started = Start(nextIndex++, pageSize, call);
                inFlight.Enqueue(started);
                coming.Add(started.Value);
            }

            return coming;
        }

        /// <summary>What -Verbose says once the first page is in: the server's count and how the rest will be read.</summary>
        private void DescribePlan(CallContext call, long? serverTotal, int firstIndex, int? lastIndex, int lastNeeded, int pageSize, int concurrency)
        {
            if (serverTotal == null)
            {
                if (lastIndex == null)
                {
                    call.Diagnostics.Verbose(string.Format(CultureInfo.InvariantCulture, "{0}: the server gives no count; reading one page of {1} at a time until a short page.", _listing, pageSize));
                }

                return;
            }

            var more = Math.Max(0, Math.Min(lastIndex ?? firstIndex, lastNeeded) - firstIndex);
            call.Diagnostics.Verbose(more == 0
                ? string.Format(CultureInfo.InvariantCulture, "{0}: the server counts {1} item(s); no other page is needed.", _listing, serverTotal.Value)
                : string.Format(CultureInfo.InvariantCulture, "{0}: the server counts {1} item(s); reading {2} more page(s) of {3}, up to {4} at a time.", _listing, serverTotal.Value, more, pageSize, concurrency));
        }

        /// <summary>Puts a request at the head of the queue: the next page written from.</summary>
        private static void ReadFirst(Queue<KeyValuePair<int, Task<Page<T>>>> inFlight, KeyValuePair<int, Task<Page<T>>> request)
        {
            var rest = inFlight.ToArray();
            inFlight.Clear();
            inFlight.Enqueue(request);
            foreach (var pending in rest)
            {
                inFlight.Enqueue(pending);
            }
        }

        private KeyValuePair<int, Task<Page<T>>> Start(int index, int pageSize, CallContext call) =>
            new KeyValuePair<int, Task<Page<T>>>(index, FetchAsync(new PageRequest(index, pageSize), call));

        /// <summary>One page, through the call's request gate when it has one.</summary>
        private Task<Page<T>> FetchAsync(PageRequest request, CallContext call) => call.RequestGate == null ? _fetchPage(request, call) : FetchGatedAsync(request, call, call.RequestGate);

        private async Task<Page<T>> FetchGatedAsync(PageRequest request, CallContext call, SemaphoreSlim gate)
        {
            await gate.WaitAsync(call.CancellationToken).ConfigureAwait(false);
            try
            {
                return await _fetchPage(request, call).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }

        private static async Task<Page<T>> Await(KeyValuePair<int, Task<Page<T>>> pending, long written)
        {
            try
            {
                return await pending.Value.ConfigureAwait(false);
            }
            catch (GpuCloudException failure) when (written > 0 || pending.Key > 0)
            {
                throw new ListingIncompleteException(failure, written, pending.Key + 1);
            }
        }

        private static void Observe(Task task) => task.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        /// <summary>
        /// The warning for a concurrency lowered by throttling, written once pages are known to follow (a listing that turns
        /// out to fit its first page has nothing to slow down, so it is not written).
        /// </summary>
        private void AnnounceLowering(AdaptiveConcurrency state, CallContext call)
        {
            var lowered = state.TakeLowering();
            if (lowered != null)
            {
                call.Diagnostics.Warning(string.Format(CultureInfo.InvariantCulture, "{0}: the server is throttling; reading at most {1} page(s) at once from now on.", _listing, lowered.Value));
            }
        }

        private void Report(CallContext call, ulong serverSkip, long? serverTotal, long received, long duplicates, bool drifted, AdaptiveConcurrency state)
        {
            if (duplicates > 0)
            {
                call.Diagnostics.Warning(string.Format(CultureInfo.InvariantCulture, "{0}: {1} item(s) repeated across pages and were written once.", _listing, duplicates));
            }

            if (serverTotal != null)
            {
                var expected = Math.Max(0, serverTotal.Value - (long)Math.Min(serverSkip, (ulong)long.MaxValue));
                var counted = serverSkip == 0
                    ? string.Format(CultureInfo.InvariantCulture, "the server reported {0} item(s)", expected)
                    : string.Format(CultureInfo.InvariantCulture, "the server reported {0} item(s), {1} after -Skip {2},", serverTotal.Value, expected, serverSkip);
                if (received < expected && !drifted && _numberingHint != null)
                {
                    call.Diagnostics.Warning(string.Format(CultureInfo.InvariantCulture, "{0}: {1} but {2} arrived, and its count did not change while the listing was read: {3}.", _listing, counted, received, _numberingHint));
                }
                else if (received < expected)
                {
                    call.Diagnostics.Warning(string.Format(CultureInfo.InvariantCulture, "{0}: {1} but {2} arrived; the listing changed while it was read or the server ended it early. Run the command again for a consistent view.", _listing, counted, received));
                }
            }

            if (state.Retries > 1)
            {
                call.Diagnostics.Warning(string.Format(CultureInfo.InvariantCulture, "{0}: {1} request(s) had to be retried; see -Verbose for details.", _listing, state.Retries));
            }
        }
    }
}
