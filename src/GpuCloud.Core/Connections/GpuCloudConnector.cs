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
            return await PpioContextAsync(PpioConnectionResolver.Resolve(sources, apiKey), "PPIO API key", call).ConfigureAwait(false);
        }

        /// <summary>
        /// A sign-in with what the environment holds (PPIO_API_KEY; SCNET_TOKEN or SCNET_USER/SCNET_PASSWORD/SCNET_ORG_ID;
        /// HUAWEICLOUD_SDK_AK/SK with HUAWEICLOUD_SDK_PROJECT_ID), as the listing cmdlets would use it, proved once and kept as a context.
        /// Explicit addresses and ModelArts' project and region win over their variables.
        /// </summary>
        public static async Task<GpuCloudContext> ConnectFromEnvironmentAsync(CloudProvider provider, ConnectionSources sources, Uri? authBaseUri, ModelArtsSettings modelArts, CallContext call)
        {
            CheckEnvironmentHoldsCredentials(provider, sources);
            switch (provider)
            {
                case CloudProvider.Scnet:
                    return await ScnetContextAsync(await ScnetConnectionResolver.ResolveAsync(sources, null, authBaseUri, call).ConfigureAwait(false), call).ConfigureAwait(false);
                case CloudProvider.ModelArts:
                    return await ModelArtsContextAsync(ModelArtsConnectionResolver.Resolve(sources, modelArts), modelArts.Region, call).ConfigureAwait(false);
                default:
                    return await PpioContextAsync(PpioConnectionResolver.Resolve(sources, null), "PPIO API key (" + EnvironmentVariables.PpioApiKey + ")", call).ConfigureAwait(false);
            }
        }

        public static async Task<GpuCloudContext> ConnectScnetWithTokenAsync(Uri? aiBaseUri, Uri? authBaseUri, SecretText token, CallContext call)
        {
            var connection = await ScnetConnectionResolver.ResolveAsync(new ConnectionSources { BaseUri = aiBaseUri }, token, authBaseUri, call).ConfigureAwait(false);
            return await ScnetContextAsync(connection, call).ConfigureAwait(false);
        }

        /// <summary>A SCNet sign-in with -Credential and -OrgId, which travel in the sign-in request's headers.</summary>
        public static async Task<GpuCloudContext> ConnectScnetWithCredentialsAsync(Uri authBaseUri, Uri? aiBaseUri, ScnetCredentials credentials, CallContext call)
        {
            HeaderValueGuard.Check(credentials.User, "Credential", "The user name of -Credential");
            HeaderValueGuard.Check(credentials.Password.Reveal, "Credential", "The password of -Credential");
            HeaderValueGuard.Check(credentials.OrgId, "OrgId");
            var connection = await ScnetSignIn.ConnectAsync(BaseUriPolicy.Validate(authBaseUri, "AuthBaseUri", EnvironmentVariables.ScnetAuthBaseUri),
                credentials, aiBaseUri == null ? null : BaseUriPolicy.Validate(aiBaseUri, "BaseUri", EnvironmentVariables.ScnetBaseUri), call).ConfigureAwait(false);
            return await ScnetContextAsync(connection, call).ConfigureAwait(false);
        }

        public static async Task<GpuCloudContext> ConnectModelArtsAsync(Uri? baseUri, string? region, string projectId, IModelArtsAuthorizer authorizer, CallContext call)
        {
            var settings = new ModelArtsSettings { ProjectId = projectId, Region = region };
            var resolvedBase = ModelArtsConnectionResolver.BaseUri(new ConnectionSources { BaseUri = baseUri }, settings, null);
            return await ModelArtsContextAsync(new ModelArtsConnection(resolvedBase, projectId, authorizer), region, call).ConfigureAwait(false);
        }

        /// <summary>An IAM password sign-in (POST /v3/auth/tokens) whose token is renewed before its 24 hours pass.</summary>
        public static async Task<IModelArtsAuthorizer> SignInToIamAsync(Uri iamBaseUri, string user, SecretText password, string domainName, string projectId, CallContext call)
        {
            var signIn = new IamSignIn(BaseUriPolicy.Validate(iamBaseUri, "IamBaseUri", null), user, password, domainName, projectId);
            var first = await signIn.SignInAsync(call).ConfigureAwait(false);
            return new IamTokenAuthorizer(signIn, first);
        }

        /// <summary>
        /// With no credential variable at all, says how to sign in, instead of the listing cmdlets' advice to run Connect-GpuCloud;
        /// a half-set sign-in (a user without a password) is left to the resolvers, whose errors name the missing variable.
        /// </summary>
        private static void CheckEnvironmentHoldsCredentials(CloudProvider provider, ConnectionSources sources)
        {
            var (parameter, variables, ways) = provider switch
            {
                CloudProvider.Scnet => ("Token", new[] { EnvironmentVariables.ScnetToken, EnvironmentVariables.ScnetUser, EnvironmentVariables.ScnetPassword, EnvironmentVariables.ScnetOrgId },
                    "-Token (with -BaseUri), or -Credential with -OrgId; or set " + EnvironmentVariables.ScnetToken + " (with " + EnvironmentVariables.ScnetBaseUri + "), or "
                    + EnvironmentVariables.ScnetUser + ", " + EnvironmentVariables.ScnetPassword + " and " + EnvironmentVariables.ScnetOrgId + ", and run it without credentials"),
                CloudProvider.ModelArts => ("AccessKey", new[] { EnvironmentVariables.HuaweiAccessKey, EnvironmentVariables.HuaweiSecretKey },
                    "-ProjectId with -AccessKey and -SecretKey, -Credential, -Token, or -IamCredential with -DomainName; or set "
                    + EnvironmentVariables.HuaweiAccessKey + " and " + EnvironmentVariables.HuaweiSecretKey + " (with " + EnvironmentVariables.HuaweiProjectId + "), and run it without credentials"),
                _ => ("ApiKey", new[] { EnvironmentVariables.PpioApiKey },
                    "-ApiKey (for instance -ApiKey (Read-Host -AsSecureString)); or set " + EnvironmentVariables.PpioApiKey + " and run it without credentials"),
            };
            if (variables.All(variable => sources.FromEnvironment(variable) == null))
            {
                throw new GpuCloudConfigurationException(parameter, "No " + ProviderNames.Display(provider) + " credentials were given, and the environment holds none. Pass " + ways + ".");
            }
        }

        private static async Task<GpuCloudContext> PpioContextAsync(PpioConnection connection, string identity, CallContext call)
        {
            await ReadFirstAsync(new PpioClient(connection).ListEndpointsAsync(new PagingOptions(1, first: 1), call), call).ConfigureAwait(false);
            return new GpuCloudContext(CloudProvider.Ppio, connection.BaseUri, identity, connection) { AuthenticationMethod = "ApiKey" };
        }

        /// <summary>A proved SCNet context: a sign-in (renewed) shows its user and organisation, a token given as is its own user and cluster.</summary>
        private static async Task<GpuCloudContext> ScnetContextAsync(ScnetConnection connection, CallContext call)
        {
            var current = await connection.Tokens.CurrentAsync(call).ConfigureAwait(false);
            await new ScnetClient(connection).VerifyAsync(call).ConfigureAwait(false);
            var login = connection.Tokens as ScnetLoginTokenSource;
            return new GpuCloudContext(CloudProvider.Scnet, connection.AiBaseUri, login?.Identity ?? Identity(current), connection)
            {
                AuthenticationMethod = login != null ? "Credential" : "Token",
                Region = current.ClusterName ?? current.ClusterId,
                ExpiryProbe = login != null ? () => login.ExpiresAt : () => current.ExpiresAt,
            };
        }

        private static async Task<GpuCloudContext> ModelArtsContextAsync(ModelArtsConnection connection, string? region, CallContext call)
        {
            PathSegmentGuard.Check(connection.ProjectId, "ProjectId", 64);
            await ReadFirstAsync(new ModelArtsClient(connection).ListHyperInstancesAsync(new HyperInstanceQuery(), new PagingOptions(1, first: 1), call), call).ConfigureAwait(false);
            var authorizer = connection.Authorizer;
            return new GpuCloudContext(CloudProvider.ModelArts, connection.BaseUri, "project " + connection.ProjectId, connection)
            {
                AuthenticationMethod = authorizer.Method,
                Region = region ?? ModelArtsConnection.RegionOf(connection.BaseUri),
                ProjectId = connection.ProjectId,
                ExpiryProbe = authorizer is IamTokenAuthorizer iam ? () => iam.ExpiresAt : (Func<DateTimeOffset?>?)null,
            };
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
