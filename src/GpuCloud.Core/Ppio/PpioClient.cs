using System;
using System.Globalization;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Http;
using GpuCloud.Core.Json;
using GpuCloud.Core.Paging;
using GpuCloud.Models;

namespace GpuCloud.Core.Ppio
{
    /// <summary>The PPIO GPU instance OpenAPI: endpoint and image prewarm task listings.</summary>
    public sealed class PpioClient
    {
        public const int MaxPageSize = 100;
        private const string EndpointListing = "PPIO ListEndpoints";
        private const string PrewarmListing = "PPIO ListImagePrewarmTasks";
        private readonly PpioConnection _connection;
        private readonly ApiTransport _transport;

        public PpioClient(PpioConnection connection)
            : this(connection, null)
        {
        }

        internal PpioClient(PpioConnection connection, Func<HttpClient>? httpClient)
        {
            _connection = connection;
            _transport = new ApiTransport(new PpioProtocol(connection), httpClient);
        }

        /// <summary>The prewarm document numbers pages from 1 (页码, 默认 1); only the endpoint listing's base is unknown.</summary>
        private const int PrewarmFirstPage = 1;

        private string NumberingHint => string.Format(CultureInfo.InvariantCulture,
            "the service may number its pages from {0}, not {1}: set PPIO_PAGE_NUMBER_BASE={0} and run the command again", 1 - _connection.PageNumberBase, _connection.PageNumberBase);

        public IAsyncEnumerable<GpuEndpoint> ListEndpointsAsync(PagingOptions paging, CallContext call, Func<GpuEndpoint, bool>? filter = null, Action<long>? totalReported = null)
        {
            var pager = new Pager<GpuEndpoint>(EndpointListing, FetchEndpointPageAsync, endpoint => endpoint.Id, NumberingHint);
            return pager.ReadAsync(paging, call, totalReported, filter);
        }

        public IAsyncEnumerable<ImagePrewarmTask> ListPrewarmTasksAsync(PrewarmTaskQuery query, PagingOptions paging, CallContext call, Action<long>? totalReported = null) =>
            PrewarmPager(PrewarmListing, query).ReadAsync(paging, call, totalReported);

        /// <summary>
        /// The prewarm tasks of several clusters: one listing filtered by the server per cluster (<paramref name="query"/>'s own
        /// ClusterId is not used), in the order given, each cluster once (ids that differ only in letter case are one cluster,
        /// sent as first given), read as one listing: -Skip and -First count across the clusters, and the total is the sum
        /// of their counts (see <see cref="ListingChain{T}"/>). A task belongs to one cluster, so no task comes twice.
        /// </summary>
        public IAsyncEnumerable<ImagePrewarmTask> ListPrewarmTasksAsync(PrewarmTaskQuery query, IEnumerable<string> clusterIds, PagingOptions paging, CallContext call, Action<long>? totalReported = null)
        {
            var listings = clusterIds.Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(clusterId => PrewarmPager(PrewarmListing + " (cluster '" + clusterId + "')", new PrewarmTaskQuery { State = query.State, ClusterId = clusterId, Keyword = query.Keyword }))
                .ToList();
            return new ListingChain<ImagePrewarmTask>(listings).ReadAsync(paging, call, totalReported);
        }

        private Pager<ImagePrewarmTask> PrewarmPager(string listing, PrewarmTaskQuery query) =>
            new Pager<ImagePrewarmTask>(listing, (page, pageCall) => FetchPrewarmPageAsync(query, page, pageCall), task => task.Id);

        /// <summary>Cluster ids seen in the first page of prewarm tasks and of endpoints (for tab completion).</summary>
        public async Task<IReadOnlyList<string>> KnownClusterIdsAsync(CallContext call)
        {
            var tasks = FetchPrewarmPageAsync(new PrewarmTaskQuery(), new PageRequest(0, MaxPageSize), call);
            var endpoints = FetchEndpointPageAsync(new PageRequest(0, MaxPageSize), call);
            var ids = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var task in (await tasks.ConfigureAwait(false)).Items)
            {
                if (!string.IsNullOrEmpty(task.ClusterId))
                {
                    ids.Add(task.ClusterId!);
                }
            }

            foreach (var endpoint in (await endpoints.ConfigureAwait(false)).Items)
            {
                if (!string.IsNullOrEmpty(endpoint.ClusterId))
                {
                    ids.Add(endpoint.ClusterId!);
                }
            }

            return ids.ToList();
        }

        private Task<Page<GpuEndpoint>> FetchEndpointPageAsync(PageRequest page, CallContext call)
        {
            var uri = new QueryBuilder(_connection.BaseUri)
                .Path("/gpu-instance/openapi/v1/endpoint")
                .Query("pageSize", page.PageSize)
                .Query("pageNum", page.PageIndex + _connection.PageNumberBase)
                .Build();
            return _transport.GetAsync("ListEndpoints", uri, (body, requestId, token) => ReadEndpointPageAsync(body, call, token), call);
        }

        /// <summary>One page of the endpoint listing read from its body (the benchmark's page-parsing figures use it too).</summary>
        internal static Task<Page<GpuEndpoint>> ReadEndpointPageAsync(Stream body, CallContext call, CancellationToken cancellationToken) =>
            PageBodyReader.ReadAsync(body, WireJsonContext.Default.PpioEndpointListWire, wire => wire.Endpoints, wire => wire.Total, EndpointListing, call, cancellationToken);

        private Task<Page<ImagePrewarmTask>> FetchPrewarmPageAsync(PrewarmTaskQuery query, PageRequest page, CallContext call)
        {
            var uri = new QueryBuilder(_connection.BaseUri)
                .Path("/gpu-instance/openapi/v1/image/prewarm")
                .Query("page", page.PageIndex + PrewarmFirstPage)
                .Query("pageSize", page.PageSize)
                .Query("state", query.State)
                .Query("clusterId", query.ClusterId)
                .Query("name", query.Keyword)
                .Build();
            return _transport.GetAsync("ListImagePrewarmTasks", uri, (body, requestId, token) => ReadPrewarmPageAsync(body, call, token), call);
        }

        /// <summary>One page of the image prewarm task listing read from its body.</summary>
        internal static Task<Page<ImagePrewarmTask>> ReadPrewarmPageAsync(Stream body, CallContext call, CancellationToken cancellationToken) =>
            PageBodyReader.ReadAsync(body, WireJsonContext.Default.PpioPrewarmListWire, wire => wire.Data, wire => wire.Total, PrewarmListing, call, cancellationToken);
    }
}
