using System;
using System.Linq;
using System.Threading.Tasks;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.ModelArts;
using GpuCloud.Core.Paging;
using GpuCloud.Core.Ppio;
using GpuCloud.Core.Scnet;
using GpuCloud.Models;

namespace GpuCloud.Core.Connections
{
    /// <summary>
    /// Connect-GpuCloud's engine: builds a provider connection, proves it with one cheap call, and wraps it
    /// in a context that shows provider, address, identity and expiry, never the secret.
    /// </summary>
    public static class GpuCloudConnector
    {
        public static async Task<GpuCloudContext> ConnectPpioAsync(Uri? baseUri, SecretText apiKey, CallContext call)
        {
            var sources = new ConnectionSources { BaseUri = baseUri };
            var connection = PpioConnectionResolver.Resolve(sources, apiKey);
            await ReadFirstAsync(new PpioClient(connection).ListEndpointsAsync(new PagingOptions(1, first: 1), call), call).ConfigureAwait(false);

            return new GpuCloudContext(CloudProvider.Ppio, connection.BaseUri, "PPIO API key", connection) { AuthenticationMethod = "ApiKey" };
        }

        public static async Task<GpuCloudContext> ConnectScnetWithTokenAsync(Uri? aiBaseUri, Uri? authBaseUri, SecretText token, CallContext call)
        {
            var connection = await ScnetConnectionResolver.ResolveAsync(new ConnectionSources { BaseUri = aiBaseUri }, token, authBaseUri, call).ConfigureAwait(false);
            var current = await connection.Tokens.CurrentAsync(call).ConfigureAwait(false);
            await new ScnetClient(connection).VerifyAsync(call).ConfigureAwait(false);
            return new GpuCloudContext(CloudProvider.Scnet, connection.AiBaseUri, Identity(current), connection)
            {
                AuthenticationMethod = "Token",
                Region = current.ClusterName ?? current.ClusterId,
                ExpiryProbe = () => current.ExpiresAt,
            };
        }

        /// <summary>A SCNet sign-in with -Credential and -OrgId, which travel in the sign-in request's headers.</summary>
        public static async Task<GpuCloudContext> ConnectScnetWithCredentialsAsync(Uri authBaseUri, Uri? aiBaseUri, ScnetCredentials credentials, CallContext call)
        {
            HeaderValueGuard.Check(credentials.User, "Credential", "The user name of -Credential");
            HeaderValueGuard.Check(credentials.Password.Reveal, "Credential", "The password of -Credential");
            HeaderValueGuard.Check(credentials.OrgId, "OrgId");
            var connection = await ScnetSignIn.ConnectAsync(BaseUriPolicy.Validate(authBaseUri, "AuthBaseUri", EnvironmentVariables.ScnetAuthBaseUri),
                credentials, aiBaseUri == null ? null : BaseUriPolicy.Validate(aiBaseUri, "BaseUri", EnvironmentVariables.ScnetBaseUri), call).ConfigureAwait(false);
            var current = await connection.Tokens.CurrentAsync(call).ConfigureAwait(false);
            await new ScnetClient(connection).VerifyAsync(call).ConfigureAwait(false);
            var tokens = (ScnetLoginTokenSource)connection.Tokens;
            return new GpuCloudContext(CloudProvider.Scnet, connection.AiBaseUri, credentials.User + " (org " + credentials.OrgId + ")", connection)
            {
                AuthenticationMethod = "Credential",
                Region = current.ClusterName ?? current.ClusterId,
                ExpiryProbe = () => tokens.ExpiresAt,
            };
        }

        public static async Task<GpuCloudContext> ConnectModelArtsAsync(Uri? baseUri, string? region, string projectId, IModelArtsAuthorizer authorizer, CallContext call)
        {
            var settings = new ModelArtsSettings { ProjectId = projectId, Region = region };
            var resolvedBase = ModelArtsConnectionResolver.BaseUri(new ConnectionSources { BaseUri = baseUri }, settings, null);
            PathSegmentGuard.Check(projectId, "ProjectId", 64);
            var connection = new ModelArtsConnection(resolvedBase, projectId, authorizer);
            await ReadFirstAsync(new ModelArtsClient(connection).ListHyperInstancesAsync(new HyperInstanceQuery(), new PagingOptions(1, first: 1), call), call).ConfigureAwait(false);

            return new GpuCloudContext(CloudProvider.ModelArts, resolvedBase, "project " + projectId, connection)
            {
                AuthenticationMethod = authorizer.Method,
                Region = region ?? ModelArtsConnection.RegionOf(resolvedBase),
                ProjectId = projectId,
                ExpiryProbe = authorizer is IamTokenAuthorizer iam ? () => iam.ExpiresAt : (Func<DateTimeOffset?>?)null,
            };
        }

        /// <summary>An IAM password sign-in (POST /v3/auth/tokens) whose token is renewed before its 24 hours pass.</summary>
        public static async Task<IModelArtsAuthorizer> SignInToIamAsync(Uri iamBaseUri, string user, SecretText password, string domainName, string projectId, CallContext call)
        {
            var signIn = new IamSignIn(BaseUriPolicy.Validate(iamBaseUri, "IamBaseUri", null), user, password, domainName, projectId);
            var first = await signIn.SignInAsync(call).ConfigureAwait(false);
            return new IamTokenAuthorizer(signIn, first);
        }

        /// <summary>The cheap call that proves a connection: the first item of a listing (an empty one is fine).</summary>
        private static async Task ReadFirstAsync<T>(System.Collections.Generic.IAsyncEnumerable<T> listing, CallContext call)
        {
            var probe = listing.GetAsyncEnumerator(call.CancellationToken);
            try
            {
                await probe.MoveNextAsync().ConfigureAwait(false);
            }
            finally
            {
                await probe.DisposeAsync().ConfigureAwait(false);
            }
        }

        private static string Identity(ScnetToken token) =>
            (token.User ?? "token") + (token.ClusterName != null || token.ClusterId != null ? " @ " + (token.ClusterName ?? token.ClusterId) : string.Empty);
    }
}
