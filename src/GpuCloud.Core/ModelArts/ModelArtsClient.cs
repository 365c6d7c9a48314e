using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Http;
using GpuCloud.Core.Json;
using GpuCloud.Core.Paging;
using GpuCloud.Models;

namespace GpuCloud.Core.ModelArts
{
    /// <summary>Huawei Cloud ModelArts DevServer: the hyper-node instance listing.</summary>
    public sealed class ModelArtsClient
    {
        public const int MaxPageSize = 1024;
        private const string Listing = "ModelArts ListHyperInstances";
        private readonly ModelArtsConnection _connection;
        private readonly ApiTransport _transport;

        public ModelArtsClient(ModelArtsConnection connection)
            : this(connection, null)
        {
        }

        internal ModelArtsClient(ModelArtsConnection connection, Func<HttpClient>? httpClient)
        {
            _connection = connection;
            _transport = new ApiTransport(new ModelArtsProtocol(connection.Authorizer), httpClient);
        }

        private string NumberingHint => _connection.OffsetMode == ModelArtsOffsetMode.PageIndex
            ? "the service may read offset as a record offset, not a page index: set MODELARTS_OFFSET_MODE=RecordOffset and run the command again"
            : "the service may read offset as a page index, not a record offset: set MODELARTS_OFFSET_MODE=PageIndex and run the command again";

        public IAsyncEnumerable<HyperInstance> ListHyperInstancesAsync(HyperInstanceQuery query, PagingOptions paging, CallContext call, Func<HyperInstance, bool>? filter = null, Action<long>? totalReported = null)
        {
            PathSegmentGuard.Check(_connection.ProjectId, "ProjectId", 64);
            var pager = new Pager<HyperInstance>(Listing, (page, pageCall) => FetchPageAsync(query, page, pageCall), instance => instance.Id, NumberingHint);
            return pager.ReadAsync(paging, call, totalReported, filter);
        }

        private async Task<Page<HyperInstance>> FetchPageAsync(HyperInstanceQuery query, PageRequest page, CallContext call)
        {
            var sentWith = _connection.Authorizer.CredentialsVersion;
            try
            {
                return await FetchPageOnceAsync(query, page, call).ConfigureAwait(false);
            }
            catch (Errors.GpuCloudApiException refused) when (refused.Kind == Errors.ErrorKind.Authentication)
            {
                if (!await _connection.Authorizer.RenewAsync(sentWith, call).ConfigureAwait(false))
                {
                    throw;
                }
            }

            return await FetchPageOnceAsync(query, page, call).ConfigureAwait(false);
        }

        private Task<Page<HyperInstance>> FetchPageOnceAsync(HyperInstanceQuery query, PageRequest page, CallContext call)
        {
            var offset = _connection.OffsetMode == ModelArtsOffsetMode.PageIndex ? page.PageIndex : page.RecordOffset;
            var uri = new QueryBuilder(_connection.BaseUri)
                .Path("/v1").Segment(_connection.ProjectId).Path("/dev-servers/hyperinstance")
                .Query("offset", offset)
                .Query("limit", page.PageSize)
                .Query("sort_key", query.SortKey)
                .Query("sort_dir", query.SortDirection)
                .Build();
            return _transport.GetAsync("ListHyperInstances", uri, (body, requestId, token) => ReadPageAsync(body, call, token), call);
        }

        /// <summary>One page of the hyperinstance listing read from its body (the benchmark's page-parsing figures use it too).</summary>
        internal static Task<Page<HyperInstance>> ReadPageAsync(Stream body, CallContext call, CancellationToken cancellationToken) =>
            PageBodyReader.ReadAsync(body, WireJsonContext.Default.ModelArtsHyperInstanceListWire, wire => wire.Data, wire => wire.Total, Listing, call, cancellationToken);
    }
}
