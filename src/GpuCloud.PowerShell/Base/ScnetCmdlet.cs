using System;
using System.Management.Automation;
using System.Security;
using System.Threading.Tasks;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Http;
using GpuCloud.Core.Scnet;
using GpuCloud.Models;

namespace GpuCloud.PowerShell.Base
{
    /// <summary>SCNet connection parameters: -Token, -BaseUri, -AuthBaseUri, -Context, then session default, then SCNET_* variables.</summary>
    public abstract class ScnetCmdlet : GpuCloudCmdlet
    {
        private Task<ScnetClient>? _client;
        private volatile bool _serviceAnswered;

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
        /// Runs the request for one item, noting whether the AI service answered it (an object, or an error the service
        /// sent): once it has, a connection failure after the retries is that item's alone (see <see cref="ConcernsOneItem"/>).
        /// </summary>
        protected async Task<T> ItemRequestAsync<T>(string itemOperation, Func<Task<T>> request)
        {
            try
            {
                var answer = await request().ConfigureAwait(false);
                _serviceAnswered = true;
                return answer;
            }
            catch (Core.Errors.GpuCloudApiException failure) when (failure.Operation == itemOperation && (failure.HttpStatus != null || failure.ProviderCode != null))
            {
                _serviceAnswered = true;
                throw;
            }
        }

        /// <summary>
        /// Whether a failure concerns one item only (an id that does not exist, or a value of one of <paramref name="itemParameters"/>
        /// that cannot be one) rather than every item: not without usable credentials or address, nor when the sign-in or the
        /// service lookup (any operation but <paramref name="itemOperation"/>) failed, nor when the AI service cannot be reached at all
        /// (a connection failure before it answered any request of this command through <see cref="ItemRequestAsync"/>).
        /// </summary>
        protected bool ConcernsOneItem(Exception failure, string itemOperation, params string[] itemParameters) =>
            (failure is Core.Errors.InvalidParameterException invalid && Array.IndexOf(itemParameters, invalid.ParameterName) >= 0)
            || (failure is Core.Errors.GpuCloudApiException api
                && api.Kind != Core.Errors.ErrorKind.Authentication
                && api.Kind != Core.Errors.ErrorKind.Configuration
                && (api.Kind != Core.Errors.ErrorKind.Connection || _serviceAnswered)
                && api.Operation == itemOperation);

        private async Task<ScnetClient> ResolveAsync(ConnectionSources sources, SecretText? token, CallContext call) =>
            new ScnetClient(await ScnetConnectionResolver.ResolveAsync(sources, token, AuthBaseUri, call).ConfigureAwait(false));
    }
}
