using System;
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

        /// <summary>Where the AI service is asked (the base under which /ai/openapi/v2/... is requested).</summary>
        public Uri AiBaseUri => _connection.AiBaseUri;

        public async Task<ContainerInstance> GetContainerInstanceAsync(string id, CallContext call)
        {
            PathSegmentGuard.Check(id, "Id", MaxIdLength);
            var uri = new QueryBuilder(_connection.AiBaseUri).Path("/ai/openapi/v2/instance-service").Segment(id).Path("/detail").Build();
            return await GetRecordAsync(ContainerInstanceOperation, uri, WireJsonContext.Default.ScnetContainerAnswer, answer => answer.Data, call, ErrorKind.NotFound).ConfigureAwait(false);
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
            var quota = await GetRecordAsync(NodeQuotaOperation, uri, WireJsonContext.Default.ScnetQuotaAnswer, answer => answer.Data, call, ErrorKind.NotFound).ConfigureAwait(false);
            quota.AcceleratorType = acceleratorType;
            return quota;
        }

        public const string ContainerInstanceOperation = "GetContainerInstance";

        public const string NodeQuotaOperation = "GetNodeQuota";

        /// <summary>
        /// Proves the token is accepted by the AI service with one cheap call: asking for an instance that does
        /// not exist is answered "not found" (10004) when the token is good, and 10009 when it is not. Any
        /// answer about the instance rather than the caller (not found, invalid, a business error, a success
        /// that holds no instance) counts as accepted; refused credentials, rights and an unreachable service do not.
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
            || (answer.Kind == ErrorKind.Unavailable && answer.HttpStatus == null)
            || (answer.Kind == ErrorKind.InvalidResponse && ScnetProtocol.IsSuccessCode(answer.ProviderCode));

        /// <summary>The record of an answer whose <c>data</c> <paramref name="dataOf"/> gives; its field warnings are reported once the answer proved a success.</summary>
        private async Task<T> GetRecordAsync<TAnswer, T>(string operation, Uri uri, JsonTypeInfo<TAnswer> typeInfo, Func<TAnswer, MappedRecord<T>?> dataOf, CallContext call, ErrorKind invalidParameterKind)
            where TAnswer : ScnetAnswer
        {
            var token = await _connection.Tokens.CurrentAsync(call).ConfigureAwait(false);
            MappedRecord<T> data;
            try
            {
                data = await SendAsync(operation, uri, typeInfo, dataOf, token, call, invalidParameterKind).ConfigureAwait(false);
            }
            catch (GpuCloudApiException refused) when (ScnetProtocol.IsTokenRefusal(refused) && _connection.Tokens.CanRenew)
            {
                call.Diagnostics.Verbose("SCNet " + operation + ": the token was refused (" + refused.ProviderMessage + "); signing in again.");
                var renewed = await _connection.Tokens.RenewAsync(token, call).ConfigureAwait(false);
                data = await SendAsync(operation, uri, typeInfo, dataOf, renewed, call, invalidParameterKind).ConfigureAwait(false);
            }

            foreach (var warning in data.Warnings)
            {
                call.Diagnostics.Warning(warning);
            }

            return data.Record;
        }

        private Task<MappedRecord<T>> SendAsync<TAnswer, T>(string operation, Uri uri, JsonTypeInfo<TAnswer> typeInfo, Func<TAnswer, MappedRecord<T>?> dataOf, ScnetToken token, CallContext call, ErrorKind invalidParameterKind)
            where TAnswer : ScnetAnswer =>
            _transport.SendAsync(HttpMethod.Get, operation, uri, request => request.Headers.TryAddWithoutValidation("token", token.Value.Reveal), async (body, requestId, cancellation) =>
            {
                var answer = await JsonSerializer.DeserializeAsync(body, typeInfo, cancellation).ConfigureAwait(false);
                if (answer == null)
                {
                    throw new JsonException("the body was null");
                }

                var failure = ScnetProtocol.FailureOf(answer.Code, answer.Msg, operation, requestId, invalidParameterKind);
                if (failure != null)
                {
                    throw failure;
                }

                return dataOf(answer) ?? throw new GpuCloudApiException(CloudProvider.Scnet, operation, ErrorKind.InvalidResponse, 200, answer.Code.Text, "the answer reported success but held no data", requestId);
            }, call);
    }
}
