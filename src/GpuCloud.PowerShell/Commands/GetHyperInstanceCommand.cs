using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.ModelArts;
using GpuCloud.Models;
using GpuCloud.PowerShell.Base;

namespace GpuCloud.PowerShell.Commands
{
    /// <summary>Lists Huawei Cloud ModelArts DevServer hyper-node instances (GET /v1/{project_id}/dev-servers/hyperinstance).</summary>
    [Cmdlet(VerbsCommon.Get, "HyperInstance", SupportsPaging = true)]
    [OutputType(typeof(HyperInstance))]
    public sealed class GetHyperInstanceCommand : ModelArtsCmdlet
    {
        private readonly List<string> _names = new List<string>();

        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ValidateWildcardPattern]
        public string[]? Name { get; set; }

        [Parameter]
        [ValidateSet("CreateTime", "UpdateTime")]
        public string? SortBy { get; set; }

        [Parameter]
        public SwitchParameter Descending { get; set; }

        [Parameter]
        [ValidateRange(1, ModelArtsClient.MaxPageSize)]
        public int PageSize { get; set; }

        protected override int DefaultPageSize => ModelArtsClient.MaxPageSize;

        protected override int RequestedPageSize => PageSize;

        /// <summary>Names piped in (records of an earlier listing, a CSV) are gathered: the listing is read once, at the end.</summary>
        protected override Task ProcessRecordAsync(CancellationToken cancellationToken)
        {
            _names.AddRange(Name ?? Array.Empty<string>());
            Name = null;
            return Task.CompletedTask;
        }

        protected override async Task EndProcessingAsync(CancellationToken cancellationToken)
        {
            var client = NewClient();
            var query = new HyperInstanceQuery
            {
                SortKey = SortBy == null ? null : string.Equals(SortBy, "UpdateTime", StringComparison.OrdinalIgnoreCase) ? "updateTime" : "createTime",
                SortDirection = Descending.IsPresent ? "DESC" : SortBy != null ? "ASC" : null,
            };
            var filter = NameFilter<HyperInstance>(_names, instance => instance.Name);
            await EmitAllAsync(client.ListHyperInstancesAsync(query, NewPagingOptions(), NewCallContext(), filter, TotalReporter(filter != null)), cancellationToken).ConfigureAwait(false);
        }
    }
}
