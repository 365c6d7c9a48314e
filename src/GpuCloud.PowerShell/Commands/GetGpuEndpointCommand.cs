using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Ppio;
using GpuCloud.Models;
using GpuCloud.PowerShell.Base;

namespace GpuCloud.PowerShell.Commands
{
    /// <summary>Lists PPIO serverless endpoints (GET /gpu-instance/openapi/v1/endpoint), paging automatically.</summary>
    [Cmdlet(VerbsCommon.Get, "GpuEndpoint", SupportsPaging = true)]
    [OutputType(typeof(GpuEndpoint))]
    public sealed class GetGpuEndpointCommand : PpioCmdlet
    {
        private readonly List<string> _ids = new List<string>();
        private readonly List<string> _names = new List<string>();
        private bool _idsGiven;

        [Parameter(ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("EndpointId")]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ValidateWildcardPattern]
        public string[]? Name { get; set; }

        [Parameter]
        [ValidateRange(1, PpioClient.MaxPageSize)]
        public int PageSize { get; set; }

        protected override int DefaultPageSize => PpioClient.MaxPageSize;

        protected override int RequestedPageSize => PageSize;

        protected override Task ProcessRecordAsync(CancellationToken cancellationToken)
        {
            foreach (var id in Id ?? Array.Empty<string>())
            {
                _idsGiven = true;
                if (string.IsNullOrWhiteSpace(id))
                {
                    // One blank id (an empty cell of an imported CSV) is an error of its own, as an unknown id is; the others are still read.
                    EmitError(new InvalidParameterException(nameof(Id), "-Id must not be empty or white space."), id);
                    continue;
                }

                if (!_ids.Contains(id, StringComparer.Ordinal))
                {
                    _ids.Add(id);
                }
            }

            _names.AddRange(Name ?? Array.Empty<string>());
            Name = null;
            return Task.CompletedTask;
        }

        protected override async Task EndProcessingAsync(CancellationToken cancellationToken)
        {
            if (_idsGiven && _ids.Count == 0)
            {
                // Every id given was blank: there is nothing to look for, and no filter at all would list every endpoint.
                return;
            }

            var client = NewClient();
            var wantedIds = new HashSet<string>(_ids, StringComparer.Ordinal);

            // Ids the listing holds, whether or not -Name keeps them: one that -Name leaves out exists, so it is no error.
            var found = new HashSet<string>(StringComparer.Ordinal);
            var nameMatches = NameFilter<GpuEndpoint>(_names, endpoint => endpoint.Name);
            Func<GpuEndpoint, bool>? filter = null;
            if (wantedIds.Count > 0 || nameMatches != null)
            {
                filter = endpoint =>
                {
                    var idWanted = wantedIds.Count == 0 || (endpoint.Id != null && wantedIds.Contains(endpoint.Id));
                    if (idWanted && endpoint.Id != null && wantedIds.Count > 0)
                    {
                        found.Add(endpoint.Id);
                    }

                    return idWanted && (nameMatches == null || nameMatches(endpoint));
                };
            }

            // Once every id asked for is found no later page can add anything: stop (that cancels the pages in flight).
            await EmitAllAsync(client.ListEndpointsAsync(NewPagingOptions(), NewCallContext(), filter, TotalReporter(filter != null)), cancellationToken,
                _ => wantedIds.Count == 0 || found.Count < wantedIds.Count).ConfigureAwait(false);

            if (PagingParameters.First == ulong.MaxValue && PagingParameters.Skip == 0)
            {
                foreach (var missing in _ids.Where(id => !found.Contains(id)))
                {
                    EmitError(new GpuCloudApiException(CloudProvider.Ppio, "ListEndpoints", ErrorKind.NotFound, null, "EndpointNotFound", "no endpoint has the id '" + missing + "'", null), missing);
                }
            }
        }
    }
}
