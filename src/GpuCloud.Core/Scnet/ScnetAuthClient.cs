using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Scnet
{
    /// <summary>SCNet's platform API: sign in (POST /ac/openapi/v2/tokens), renew (/tokens/next), find the AI service (/center).</summary>
    internal sealed class ScnetAuthClient
    {
        private readonly Uri _authBaseUri;
        private readonly ApiTransport _transport;

        public ScnetAuthClient(Uri authBaseUri, Func<HttpClient>? httpClient = null)
        {
            _authBaseUri = authBaseUri;
            _transport = new ApiTransport(new ScnetProtocol(), httpClient);
        }

        public Task<ScnetToken> SignInAsync(ScnetCredentials credentials, CallContext call)
        {
            var uri = new QueryBuilder(_authBaseUri).Path("/ac/openapi/v2/tokens").Build();
            return _transport.SendAsync(HttpMethod.Post, "SignIn", uri, request =>
            {
                request.Headers.TryAddWithoutValidation("user", credentials.User);
                request.Headers.TryAddWithoutValidation("password", credentials.Password.Reveal);
                request.Headers.TryAddWithoutValidation("orgId", credentials.OrgId);
            }, async (body, requestId, token) =>
            {
                var data = await ReadDataAsync(body, "SignIn", requestId, token).ConfigureAwait(false);
                return PickRegion(RegionsOf(data).ToList(), credentials, requestId);
            }, call);
        }

        public Task<ScnetToken> RenewAsync(ScnetToken current, CallContext call)
        {
            var uri = new QueryBuilder(_authBaseUri).Path("/ac/openapi/v2/tokens/next").Build();
            return _transport.SendAsync(HttpMethod.Post, "RenewToken", uri, request => request.Headers.TryAddWithoutValidation("token", current.Value.Reveal), async (body, requestId, token) =>
            {
                var data = await ReadDataAsync(body, "RenewToken", requestId, token).ConfigureAwait(false);
                var renewed = RegionsOf(data).FirstOrDefault();
                var text = renewed?.Token.Text;
                if (string.IsNullOrEmpty(text))
                {
                    throw new GpuCloudApiException(CloudProvider.Scnet, "RenewToken", ErrorKind.InvalidResponse, 200, null, "the answer held no token", requestId);
                }

                return new ScnetToken(new SecretText(text!), renewed!.ClusterId.Text ?? current.ClusterId, renewed.ClusterName.Text ?? current.ClusterName);
            }, call);
        }

        /// <summary>The first enabled AI service URL of the token's region.</summary>
        public Task<Uri> FindAiBaseUriAsync(ScnetToken token, CallContext call)
        {
            var uri = new QueryBuilder(_authBaseUri).Path("/ac/openapi/v2/center").Build();
            return _transport.SendAsync(HttpMethod.Get, "GetCenter", uri, request => request.Headers.TryAddWithoutValidation("token", token.Value.Reveal), async (body, requestId, cancellation) =>
            {
                var data = await ReadDataAsync(body, "GetCenter", requestId, cancellation).ConfigureAwait(false);

                foreach (var url in AiUrlsOf(data))
                {
                    var enabled = new FieldReader("SCNet center").Boolean(url.Enable, "aiUrls.enable") ?? true;
                    if (enabled && Uri.TryCreate(url.Url.Text, UriKind.Absolute, out var aiUri))
                    {
                        // The same rule as for a given -BaseUri: https only, except loopback.
                        return ScnetConnection.NormalizeAiBase(BaseUriPolicy.Validate(aiUri, "BaseUri", EnvironmentVariables.ScnetBaseUri));
                    }
                }

                throw new GpuCloudApiException(CloudProvider.Scnet, "GetCenter", ErrorKind.InvalidResponse, 200, null, "the service centre lists no enabled AI service URL for this region; pass -BaseUri (or SCNET_BASE_URI)", requestId);
            }, call);
        }

        /// <summary>
        /// The records in <c>data</c>: SCNet documents some <c>data</c> as a list and sends a single object (or the reverse),
        /// so both are read; anything in the list that is not an object is passed over.
        /// </summary>
        private static IEnumerable<JsonElement> ObjectsOf(JsonElement data)
        {
            if (data.ValueKind == JsonValueKind.Object)
            {
                return new[] { data };
            }

            return data.ValueKind == JsonValueKind.Array
                ? data.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object)
                : Enumerable.Empty<JsonElement>();
        }

        /// <summary>The region tokens in the <c>data</c> of a sign-in or renewal answer, in order.</summary>
        private static IEnumerable<ScnetRegionTokenWire> RegionsOf(JsonElement data) =>
            ObjectsOf(data).Select(region => region.Deserialize(WireJsonContext.Default.ScnetRegionTokenWire)!);

        /// <summary>Every object in the <c>aiUrls</c> list (its name in any letter case) of every centre in <c>data</c>, in order.</summary>
        private static IEnumerable<ScnetAiUrlWire> AiUrlsOf(JsonElement data) =>
            from center in ObjectsOf(data)
            from property in center.EnumerateObject()
            where string.Equals(property.Name, "aiUrls", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Array
            from entry in property.Value.EnumerateArray()
            where entry.ValueKind == JsonValueKind.Object
            select entry.Deserialize(WireJsonContext.Default.ScnetAiUrlWire)!;

        private static async Task<JsonElement> ReadDataAsync(System.IO.Stream body, string operation, string? requestId, System.Threading.CancellationToken cancellation)
        {
            var envelope = await JsonSerializer.DeserializeAsync(body, WireJsonContext.Default.ScnetEnvelopeJsonElement, cancellation).ConfigureAwait(false)
                ?? throw new JsonException("the body was null");
            var failure = ScnetProtocol.FailureOf(envelope.Code, envelope.Msg, operation, requestId, ErrorKind.InvalidArgument);
            if (failure != null)
            {
                throw failure.ProviderCode == "10008" && operation == "SignIn"
                    ? new GpuCloudApiException(CloudProvider.Scnet, operation, ErrorKind.Authentication, null, failure.ProviderCode, failure.ProviderMessage, requestId)
                    : failure;
            }

            return envelope.Data;
        }

        private static ScnetToken PickRegion(List<ScnetRegionTokenWire> regions, ScnetCredentials credentials, string? requestId)
        {
            var usable = regions
                .Where(region => !string.IsNullOrEmpty(region.Token.Text))
                .Select(region => new ScnetToken(new SecretText(region.Token.Text!), region.ClusterId.Text, region.ClusterName.Text))
                .Where(token => !token.IsPlatformToken)
                .ToList();
            var candidates = credentials.ClusterId == null ? usable : usable.Where(token => token.ClusterId == credentials.ClusterId).ToList();
            var chosen = credentials.ClusterName == null
                ? candidates.FirstOrDefault()
                : candidates.FirstOrDefault(token => string.Equals(token.ClusterName, credentials.ClusterName, StringComparison.OrdinalIgnoreCase))
                    ?? candidates.FirstOrDefault(token => (token.ClusterName ?? string.Empty).IndexOf(credentials.ClusterName, StringComparison.OrdinalIgnoreCase) >= 0);

            if (chosen == null)
            {
                var known = string.Join(", ", usable.Select(token => token.ClusterId + " (" + token.ClusterName + ")"));
                throw new GpuCloudApiException(CloudProvider.Scnet, "SignIn", ErrorKind.NotFound, null, "RegionNotFound",
                    (credentials.ClusterId ?? credentials.ClusterName) == null
                        ? "the sign-in returned no cluster (region) token usable by the AI service"
                        : "no region matches " + Wanted(credentials) + "; regions of this account: " + known, requestId);
            }

            return chosen;
        }

        private static string Wanted(ScnetCredentials credentials) =>
            credentials.ClusterId == null ? "-ClusterName '" + credentials.ClusterName + "'"
            : credentials.ClusterName == null ? "-ClusterId '" + credentials.ClusterId + "'"
            : "both -ClusterId '" + credentials.ClusterId + "' and -ClusterName '" + credentials.ClusterName + "'";
    }
}
