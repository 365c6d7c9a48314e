using System;
using System.Net.Http;
using System.Threading.Tasks;
using GpuCloud.Core.Http;

namespace GpuCloud.Core.Scnet
{
    /// <summary>Signs in to SCNet and finds the AI service: the credential path of Connect-GpuCloud and of SCNET_USER/SCNET_PASSWORD.</summary>
    public static class ScnetSignIn
    {
        public static Task<ScnetConnection> ConnectAsync(Uri authBaseUri, ScnetCredentials credentials, Uri? aiBaseUri, CallContext call) =>
            ConnectAsync(authBaseUri, credentials, aiBaseUri, call, null);

        internal static async Task<ScnetConnection> ConnectAsync(Uri authBaseUri, ScnetCredentials credentials, Uri? aiBaseUri, CallContext call, Func<HttpClient>? httpClient)
        {
            var auth = new ScnetAuthClient(authBaseUri, httpClient);
            var token = await auth.SignInAsync(credentials, call).ConfigureAwait(false);
            var aiBase = aiBaseUri ?? await auth.FindAiBaseUriAsync(token, call).ConfigureAwait(false);
            return new ScnetConnection(aiBase, new ScnetLoginTokenSource(auth, credentials, token));
        }
    }
}
