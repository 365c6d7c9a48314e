using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Core.Json;
using GpuCloud.Models;

namespace GpuCloud.Core.Scnet
{
    /// <summary>The SCNet / Sugon AC AI service: container instance detail and node resource quota.</summary>
    public sealed class ScnetClient
    {
        /// <summary>Longest id sent; SCNet documents no format (its ids are 32 hex digits), so only path-safety is checked.</summary>
        public const int MaxIdLength = 128;
        private readonly ScnetConnection _connection;
        private readonly ApiTransport _transport;

        public ScnetClient(ScnetConnection connection)
            : this(connection, null)
        {
        }

        internal ScnetClient(ScnetConnection connection, Func<HttpClient>? httpClient)
        {
            _connection = connection;
            _transport = new ApiTransport(new ScnetProtocol(), httpClient);
        }

        public async Task<ContainerInstance> GetContainerInstanceAsync(string id, CallContext call)
        {
            PathSegmentGuard.Check(id, "Id", MaxIdLength);
            var uri = new QueryBuilder(_connection.AiBaseUri).Path("/ai/openapi/v2/instance-service").Segment(id).Path("/detail").Build();
            var wire = await GetDataAsync("GetContainerInstance", uri, WireJsonContext.Default.ScnetEnvelopeScnetContainerWire, call, ErrorKind.NotFound).ConfigureAwait(false);
            var warnings = new List<string>();
            var instance = ScnetMapper.ToContainerInstance(wire, warnings);
            warnings.ForEach(call.Diagnostics.Warning);
            return instance;
        }

        public async Task<NodeQuota> GetNodeQuotaAsync(string acceleratorType, string resourceGroup, CallContext call)
        {
            if (string.IsNullOrWhiteSpace(acceleratorType))
            {
                throw new InvalidParameterException("AcceleratorType", "-AcceleratorType must not be empty (for example gpu or dcu).");
            }

            if (string.IsNullOrWhiteSpace(resourceGroup))
            {
                throw new InvalidParameterException("ResourceGroup", "-ResourceGroup must not be empty (for example TeslaM40).");
            }

            var uri = new QueryBuilder(_connection.AiBaseUri).Path("/ai/openapi/v2/instance-service/resources")
                .Query("acceleratorType", acceleratorType).Query("resourceGroup", resourceGroup).Build();
            var wire = await GetDataAsync("GetNodeQuota", uri, WireJsonContext.Default.ScnetEnvelopeScnetQuotaWire, call, ErrorKind.NotFound).ConfigureAwait(false);
            var warnings = new List<string>();
            var quota = ScnetMapper.ToNodeQuota(wire, acceleratorType, warnings);
            warnings.ForEach(call.Diagnostics.Warning);
            return quota;
        }

        /// <summary>
        /// Proves the token is accepted by the AI service with one cheap call: asking for an instance that does
        /// not exist is answered "not found" (10004) when the token is good, and 10009 when it is not. Any
        /// answer about the instance rather than the caller (not found, invalid, a business error) counts as
        /// accepted; refused credentials, rights and an unreachable service do not.
        /// </summary>
        public async Task VerifyAsync(CallContext call)
        {
            try
            {
                await GetContainerInstanceAsync("00000000000000000000000000000000", call).ConfigureAwait(false);
            }
            catch (GpuCloudApiException answered) when (IsAboutTheInstance(answered))
            {
            }
        }

        private static bool IsAboutTheInstance(GpuCloudApiException answer) =>
            answer.Kind == ErrorKind.NotFound || answer.Kind == ErrorKind.InvalidArgument || answer.Kind == ErrorKind.Failed
            || (answer.Kind == ErrorKind.Unavailable && answer.HttpStatus == null);

        private async Task<T> GetDataAsync<T>(string operation, Uri uri, JsonTypeInfo<ScnetEnvelope<T>> typeInfo, CallContext call, ErrorKind invalidParameterKind)
            where T : class
        {
            var token = await _connection.Tokens.CurrentAsync(call).ConfigureAwait(false);
            try
            {
                return await SendAsync(operation, uri, typeInfo, token, call, invalidParameterKind).ConfigureAwait(false);
            }
            catch (GpuCloudApiException refused) when (ScnetProtocol.IsTokenRefusal(refused) && _connection.Tokens.CanRenew)
            {
                call.Diagnostics.Verbose("SCNet " + operation + ": the token was refused (" + refused.ProviderMessage + "); signing in again.");
                var renewed = await _connection.Tokens.RenewAsync(token, call).ConfigureAwait(false);
                return await SendAsync(operation, uri, typeInfo, renewed, call, invalidParameterKind).ConfigureAwait(false);
            }
        }

        private Task<T> SendAsync<T>(string operation, Uri uri, JsonTypeInfo<ScnetEnvelope<T>> typeInfo, ScnetToken token, CallContext call, ErrorKind invalidParameterKind)
            where T : class =>
            _transport.SendAsync(HttpMethod.Get, operation, uri, request => request.Headers.TryAddWithoutValidation("token", token.Value.Reveal), async (body, requestId, cancellation) =>
            {
                var envelope = await JsonSerializer.DeserializeAsync(body, typeInfo, cancellation).ConfigureAwait(false);
                if (envelope == null)
                {
                    throw new JsonException("the body was null");
                }

                var failure = ScnetProtocol.FailureOf(envelope.Code, envelope.Msg, operation, requestId, invalidParameterKind);
                if (failure != null)
                {
                    throw failure;
                }

                return envelope.Data ?? throw new GpuCloudApiException(CloudProvider.Scnet, operation, ErrorKind.InvalidResponse, 200, envelope.Code.Text, "the answer reported success but held no data", requestId);
            }, call);
    }
}
