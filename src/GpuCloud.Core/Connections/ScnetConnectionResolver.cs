using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Scnet;
using GpuCloud.Models;

namespace GpuCloud.Core.Connections
{
    /// <summary>
    /// SCNet lookup: -Token (with -BaseUri), then -Context, then the session default, then SCNET_TOKEN,
    /// then SCNET_USER/SCNET_PASSWORD/SCNET_ORG_ID (signed in once per process and renewed).
    /// </summary>
    public static class ScnetConnectionResolver
    {
        public static readonly Uri DefaultAuthBaseUri = new Uri("https://api.scnet.cn");
        private static readonly ConcurrentDictionary<string, Lazy<Task<ScnetConnection>>> SignedIn = new ConcurrentDictionary<string, Lazy<Task<ScnetConnection>>>();

        public static async Task<ScnetConnection> ResolveAsync(ConnectionSources sources, SecretText? token, Uri? authBaseUri, CallContext call)
        {
            var context = sources.ContextFor(CloudProvider.Scnet);
            if (token != null && !token.IsEmpty)
            {
                HeaderValueGuard.Check(token.Reveal, "Token");
                return await FromTokenAsync(sources, token, authBaseUri, call, context?.Connection as ScnetConnection).ConfigureAwait(false);
            }

            if (context?.Connection is ScnetConnection connected)
            {
                return sources.BaseUri == null ? connected : new ScnetConnection(AiBase(sources)!, connected.Tokens);
            }

            var fromEnvironment = sources.FromEnvironment(EnvironmentVariables.ScnetToken);
            if (fromEnvironment != null)
            {
                HeaderValueGuard.CheckFromEnvironment(fromEnvironment, EnvironmentVariables.ScnetToken, "Token");
                return await FromTokenAsync(sources, new SecretText(fromEnvironment), authBaseUri, call).ConfigureAwait(false);
            }

            var user = sources.FromEnvironment(EnvironmentVariables.ScnetUser);
            var password = sources.FromEnvironment(EnvironmentVariables.ScnetPassword);
            var orgId = sources.FromEnvironment(EnvironmentVariables.ScnetOrgId);
            if (user != null && password != null && orgId != null)
            {
                HeaderValueGuard.CheckFromEnvironment(user, EnvironmentVariables.ScnetUser, "Credential");
                HeaderValueGuard.CheckFromEnvironment(password, EnvironmentVariables.ScnetPassword, "Credential");
                HeaderValueGuard.CheckFromEnvironment(orgId, EnvironmentVariables.ScnetOrgId, "OrgId");
                var auth = AuthBase(sources, authBaseUri);
                var aiBase = AiBase(sources);
                var key = auth + "|" + user + "|" + orgId + "|" + aiBase + "|" + password.GetHashCode();
                while (true)
                {
                    Lazy<Task<ScnetConnection>>? started = null;
                    var signIn = SignedIn.GetOrAdd(key, _ => started = new Lazy<Task<ScnetConnection>>(() => ScnetSignIn.ConnectAsync(auth, new ScnetCredentials(user, new SecretText(password), orgId), aiBase, call)));
                    try
                    {
                        return await signIn.Value.ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!ReferenceEquals(signIn, started) && !call.CancellationToken.IsCancellationRequested)
                    {
                        // The command that began this sign-in was stopped; this one was not: sign in again, for it.
                        Forget(key, signIn);
                    }
                    catch
                    {
                        Forget(key, signIn);
                        throw;
                    }
                }
            }

            if (user != null || password != null || orgId != null)
            {
                var missing = new[] { (EnvironmentVariables.ScnetUser, user), (EnvironmentVariables.ScnetPassword, password), (EnvironmentVariables.ScnetOrgId, orgId) }
                    .Where(variable => variable.Item2 == null).Select(variable => variable.Item1);
                throw new GpuCloudConfigurationException("Credential",
                    "An SCNet sign-in from the environment needs " + EnvironmentVariables.ScnetUser + ", " + EnvironmentVariables.ScnetPassword + " and "
                    + EnvironmentVariables.ScnetOrgId + "; " + string.Join(" and ", missing) + " is not set. Set it, or pass -Token (with -BaseUri) or run Connect-GpuCloud -Provider Scnet.");
            }

            throw new GpuCloudConfigurationException("Token",
                "No SCNet credentials were found. Pass -Token (with -BaseUri), run Connect-GpuCloud -Provider Scnet, or set the environment variable "
                + EnvironmentVariables.ScnetToken + " (with " + EnvironmentVariables.ScnetBaseUri + "), or " + EnvironmentVariables.ScnetUser + ", "
                + EnvironmentVariables.ScnetPassword + " and " + EnvironmentVariables.ScnetOrgId + ".");
        }

        /// <summary>Drops a failed sign-in, unless another has taken its place meanwhile.</summary>
        private static void Forget(string key, Lazy<Task<ScnetConnection>> signIn) =>
            ((ICollection<KeyValuePair<string, Lazy<Task<ScnetConnection>>>>)SignedIn).Remove(new KeyValuePair<string, Lazy<Task<ScnetConnection>>>(key, signIn));

        public static Uri AuthBase(ConnectionSources sources, Uri? authBaseUri)
        {
            if (authBaseUri != null)
            {
                return BaseUriPolicy.Validate(authBaseUri, "AuthBaseUri", EnvironmentVariables.ScnetAuthBaseUri);
            }

            var text = sources.FromEnvironment(EnvironmentVariables.ScnetAuthBaseUri);
            return text == null ? DefaultAuthBaseUri : BaseUriPolicy.Parse(text, "AuthBaseUri", EnvironmentVariables.ScnetAuthBaseUri);
        }

        public static Uri? AiBase(ConnectionSources sources)
        {
            if (sources.BaseUri != null)
            {
                return BaseUriPolicy.Validate(sources.BaseUri, "BaseUri", EnvironmentVariables.ScnetBaseUri);
            }

            var text = sources.FromEnvironment(EnvironmentVariables.ScnetBaseUri);
            return text == null ? null : BaseUriPolicy.Parse(text, "BaseUri", EnvironmentVariables.ScnetBaseUri);
        }

        /// <summary>A connection with a token given as is; the AI service base is -BaseUri, else the context's (<paramref name="connected"/>), else SCNET_BASE_URI, else looked up.</summary>
        private static async Task<ScnetConnection> FromTokenAsync(ConnectionSources sources, SecretText token, Uri? authBaseUri, CallContext call, ScnetConnection? connected = null)
        {
            var scnetToken = new ScnetToken(token);
            var aiBase = (sources.BaseUri == null ? connected?.AiBaseUri : null) ?? AiBase(sources);
            if (aiBase == null)
            {
                if (authBaseUri == null && sources.FromEnvironment(EnvironmentVariables.ScnetAuthBaseUri) == null)
                {
                    throw new GpuCloudConfigurationException("BaseUri",
                        "The SCNet AI service address is unknown. Pass -BaseUri (the AI service base, e.g. https://api01.example.com:65106) or set "
                        + EnvironmentVariables.ScnetBaseUri + "; or pass -AuthBaseUri / set " + EnvironmentVariables.ScnetAuthBaseUri + " so it can be looked up.");
                }

                aiBase = await new ScnetAuthClient(AuthBase(sources, authBaseUri)).FindAiBaseUriAsync(scnetToken, call).ConfigureAwait(false);
            }

            return new ScnetConnection(aiBase, new StaticScnetTokenSource(scnetToken));
        }
    }
}
