using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Http;
using GpuCloud.Core.Paging;

namespace GpuCloud.PowerShell.Base
{
    /// <summary>Shared parameters of listing cmdlets (paging, concurrency) and the -IncludeTotalCount output.</summary>
    public abstract class ListingCmdlet : RequestingCmdlet
    {
        /// <summary>Pages requested at once after the first (default 4, or Set-GpuCloudOption -MaxConcurrency).</summary>
        [Parameter]
        [ValidateRange(1, 32)]
        public int MaxConcurrency { get; set; }

        protected abstract int DefaultPageSize { get; }

        protected abstract int RequestedPageSize { get; }

        protected PagingOptions NewPagingOptions()
        {
            var first = PagingParameters.First == ulong.MaxValue ? (ulong?)null : PagingParameters.First;
            return RequestedPageSize > 0
                ? new PagingOptions(RequestedPageSize, PagingParameters.Skip, first)
                : new PagingOptions(DefaultPageSize, PagingParameters.Skip, first, pageSizeIsDefault: true);
        }

        protected override RequestOptions CallOptions()
        {
            var options = base.CallOptions();
            options.MaxConcurrency = MaxConcurrency > 0 ? MaxConcurrency : (int?)null;
            return options;
        }

        /// <summary>A case-insensitive wildcard match of any of <paramref name="patterns"/> (PowerShell's own rules), or null for none.</summary>
        protected static Func<T, bool>? NameFilter<T>(IReadOnlyCollection<string> patterns, Func<T, string?> nameOf)
        {
            if (patterns.Count == 0)
            {
                return null;
            }

            var compiled = patterns.Select(pattern => new WildcardPattern(pattern, WildcardOptions.IgnoreCase)).ToList();
            return item => compiled.Any(pattern => pattern.IsMatch(nameOf(item) ?? string.Empty));
        }

        /// <summary>
        /// Writes every item of a listing in order, the items that are ready (the rest of a page that is in) handed to the
        /// pipeline thread together instead of one by one (see <see cref="GpuCloudCmdlet.Gather"/>); what is gathered is
        /// handed over as soon as the next item is not ready, so no object waits for a later page. <paramref name="keepReading"/>
        /// is asked after each item, and false ends the listing (its requests under way are cancelled).
        /// </summary>
        protected async Task EmitAllAsync<T>(IAsyncEnumerable<T> items, CancellationToken cancellationToken, Func<T, bool>? keepReading = null)
            where T : class
        {
            var listing = items.GetAsyncEnumerator(cancellationToken);
            try
            {
                while (true)
                {
                    var next = listing.MoveNextAsync();
                    if (!next.IsCompleted)
                    {
                        HandOverGathered();
                    }

                    if (!await next.ConfigureAwait(false))
                    {
                        break;
                    }

                    var item = listing.Current;
                    Gather(item);
                    if (keepReading != null && !keepReading(item))
                    {
                        break;
                    }
                }
            }
            finally
            {
                HandOverGathered();
                await listing.DisposeAsync().ConfigureAwait(false);
            }
        }

        /// <summary>
        /// Writes the server's count when -IncludeTotalCount is set (null otherwise): exact for the listing as the server
        /// filters it, an estimate (an upper bound) when the cmdlet filters further on the client (-Id, -Name).
        /// </summary>
        protected Action<long>? TotalReporter(bool filteredOnClient) => PagingParameters.IncludeTotalCount
            ? total => Emit(PagingParameters.NewTotalCount((ulong)total, filteredOnClient ? 0.5 : 1.0))
            : (Action<long>?)null;
    }
}
