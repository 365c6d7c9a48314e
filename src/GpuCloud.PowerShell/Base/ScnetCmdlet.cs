using System;
using System.Management.Automation;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Http;
using GpuCloud.Core.Scnet;
using GpuCloud.Models;

namespace GpuCloud.PowerShell.Base
{
    /// <summary>SCNet connection parameters: -Token, -BaseUri, -AuthBaseUri, -Context, then session default, then SCNET_* variables.</summary>
    public abstract class ScnetCmdlet : RequestingCmdlet
    {
        private Task<ScnetClient>? _client;
        private long _serviceAnswers;
        private long _answersAtServiceDown;

        [Parameter]
        [ValidateSecretNotEmpty]
        public SecureString? Token { get; set; }

        /// <summary>The AI service base under which /ai/openapi/v2/... is requested.</summary>
        [Parameter]
        public Uri? BaseUri { get; set; }

        /// <summary>The platform base for /ac/openapi/v2/tokens and /center.</summary>
        [Parameter]
        public Uri? AuthBaseUri { get; set; }

        [Parameter]
        public GpuCloudContext? Context { get; set; }

        /// <summary>The client, resolved once per command (a sign-in, if needed, happens once).</summary>
        protected Task<ScnetClient> ClientAsync(CallContext call)
        {
            if (_client == null || _client.IsFaulted || _client.IsCanceled)
            {
                var sources = new ConnectionSources { BaseUri = BaseUri, Context = Context, SessionDefault = Session.DefaultFor(CloudProvider.Scnet) };
                var token = SecureStrings.ToSecret(Token);
                _client = ResolveAsync(sources, token, call);
            }

            return _client;
        }

        /// <summary>
        /// Runs the request for one item, counting the answers of the AI service (an object, or an error the service sent
        /// about the request): a failure that says the service served no request (see <see cref="SaysServiceIsDown"/>) is
        /// that item's alone when the service has answered since the command began or since the last such failure
        /// (see <see cref="ConcernsOneItem"/>).
        /// </summary>
        protected async Task<T> ItemRequestAsync<T>(string itemOperation, Func<Task<T>> request)
        {
            try
            {
                var answer = await request().ConfigureAwait(false);
                Interlocked.Increment(ref _serviceAnswers);
                return answer;
            }
            catch (Core.Errors.GpuCloudApiException failure) when (failure.Operation == itemOperation && (failure.HttpStatus != null || failure.ProviderCode != null) && !SaysServiceIsDown(failure))
            {
                Interlocked.Increment(ref _serviceAnswers);
                throw;
            }
        }

        /// <summary>
        /// Whether a failure concerns one item only (an id that does not exist, or a value of one of <paramref name="itemParameters"/>
        /// that cannot be one) rather than every item: not without usable credentials or address, nor when the sign-in or the
        /// service lookup (any operation but <paramref name="itemOperation"/>) failed, nor when the AI service serves no request:
        /// a failure that says so (<see cref="SaysServiceIsDown"/>) with no answer from it (through <see cref="ItemRequestAsync"/>)
        /// since the command began or since the failure of that kind before. Called in output order; <see cref="StopFor"/> gives what to throw when false.
        /// </summary>
        protected bool ConcernsOneItem(Exception failure, string itemOperation, params string[] itemParameters)
        {
            if (failure is Core.Errors.InvalidParameterException invalid)
            {
                return Array.IndexOf(itemParameters, invalid.ParameterName) >= 0;
            }

            if (!(failure is Core.Errors.GpuCloudApiException api) || api.Operation != itemOperation
                || api.Kind == Core.Errors.ErrorKind.Authentication || api.Kind == Core.Errors.ErrorKind.Configuration)
            {
                return false;
            }

            if (!SaysServiceIsDown(api))
            {
                return true;
            }

            var answers = Interlocked.Read(ref _serviceAnswers);
            var answeredSince = answers > _answersAtServiceDown;
            _answersAtServiceDown = answers;
            return answeredSince;
        }

        /// <summary>
        /// What stops the command for a failure that does not concern one item: for an AI service that serves no request,
        /// one error that says so and names its address; any other failure as it is.
        /// </summary>
        protected Exception StopFor(Exception failure, string itemOperation)
        {
            if (failure is Core.Errors.GpuCloudApiException api && api.Operation == itemOperation && SaysServiceIsDown(api))
            {
                var address = _client != null && _client.Status == TaskStatus.RanToCompletion ? _client.Result.AiBaseUri : null;
                return new Core.Errors.ServiceUnavailableException("SCNet AI service", address, api);
            }

            return failure;
        }

        /// <summary>
        /// Whether a failure (after its retries) says the AI service served the request not at all: no connection or a cut-off
        /// answer, no answer in time (or a gateway's 504), HTTP 502 or 503, or throttling (HTTP 429) that outlasted the retries.
        /// Such a failure proves nothing about the item, nor that the service works. An HTTP 500 is left out: it is an answer
        /// about the request (and not retried).
        /// </summary>
        private static bool SaysServiceIsDown(Core.Errors.GpuCloudApiException failure) =>
            failure.Kind == Core.Errors.ErrorKind.Connection || failure.Kind == Core.Errors.ErrorKind.Timeout || failure.Kind == Core.Errors.ErrorKind.Throttled
            || (failure.Kind == Core.Errors.ErrorKind.Unavailable && (failure.HttpStatus == 502 || failure.HttpStatus == 503));

        private async Task<ScnetClient> ResolveAsync(ConnectionSources sources, SecretText? token, CallContext call) =>
            new ScnetClient(await ScnetConnectionResolver.ResolveAsync(sources, token, AuthBaseUri, call).ConfigureAwait(false));
    }
}
