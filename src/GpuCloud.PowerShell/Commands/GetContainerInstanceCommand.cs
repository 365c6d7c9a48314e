using System;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Http;
using GpuCloud.Core.Paging;
using GpuCloud.Core.Scnet;
using GpuCloud.Models;
using GpuCloud.PowerShell.Base;

namespace GpuCloud.PowerShell.Commands
{
    /// <summary>
    /// Gets SCNet container instances by id (GET /ai/openapi/v2/instance-service/{id}/detail): one object
    /// or one error per id, in input order, with up to -MaxConcurrency requests in flight. An id given again
    /// within one call is not requested again; its object or error is written again in its place. When the service throttles,
    /// fewer requests are sent at once for the rest of the command (halved per throttling, with a warning).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ContainerInstance")]
    [OutputType(typeof(ContainerInstance))]
    public sealed class GetContainerInstanceCommand : ScnetCmdlet
    {
        private readonly OrderedWindow<string, ContainerInstance> _window = new OrderedWindow<string, ContainerInstance>(StringComparer.Ordinal);
        private CallContext? _call;
        private AdaptiveConcurrency? _concurrency;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("InstanceId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        [ValidateRange(1, 32)]
        public int MaxConcurrency { get; set; }

        protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
        {
            if (_call == null)
            {
                var given = NewCallContext();
                _concurrency = new AdaptiveConcurrency(given.Options.EffectiveMaxConcurrency);
                _call = _concurrency.Observing(given, given.CancellationToken);
            }

            var call = _call;
            var clientTask = ClientAsync(call);
            foreach (var id in Id)
            {
                _window.Add(id, () => ItemRequestAsync(ScnetClient.ContainerInstanceOperation, async () => await (await clientTask.ConfigureAwait(false)).GetContainerInstanceAsync(id, call).ConfigureAwait(false)));
                await DrainAsync(_concurrency!.Current - 1).ConfigureAwait(false);
            }
        }

        protected override RequestOptions CallOptions()
        {
            var options = base.CallOptions();
            options.MaxConcurrency = MaxConcurrency > 0 ? MaxConcurrency : (int?)null;
            return options;
        }

        protected override Task EndProcessingAsync(CancellationToken cancellationToken) => DrainAsync(0);

        private Task DrainAsync(int keepInFlight) => _window.DrainAsync(keepInFlight, (id, instance) =>
        {
            AnnounceLowering();
            Emit(instance);
        }, (id, failure) =>
        {
            AnnounceLowering();
            // Without usable credentials or address, or with the service down, no id can succeed: stop instead of repeating the error per id.
            if (!ConcernsOneItem(failure, ScnetClient.ContainerInstanceOperation, nameof(Id)))
            {
                throw StopFor(failure, ScnetClient.ContainerInstanceOperation);
            }

            EmitError(failure, id);
        });

        private void AnnounceLowering()
        {
            var lowered = _concurrency?.TakeLowering();
            if (lowered != null)
            {
                EmitWarning(string.Format(CultureInfo.InvariantCulture, "SCNet {0}: the server is throttling; requesting at most {1} instance(s) at once from now on.", ScnetClient.ContainerInstanceOperation, lowered.Value));
            }
        }
    }
}
