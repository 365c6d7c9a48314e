using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;
using GpuCloud.Models;

namespace GpuCloud.Core.ModelArts
{
    /// <summary>IAM password sign-in, <c>POST /v3/auth/tokens</c>, scoped to the project; the token comes back in X-Subject-Token.</summary>
    internal sealed class IamSignIn
    {
        private readonly Uri _iamBaseUri;
        private readonly string _user;
        private readonly SecretText _password;
        private readonly string _domain;
        private readonly string _projectId;
        private readonly ApiTransport _transport;

        public IamSignIn(Uri iamBaseUri, string user, SecretText password, string domain, string projectId, Func<HttpClient>? httpClient = null)
        {
            _iamBaseUri = iamBaseUri;
            _user = user;
            _password = password;
            _domain = domain;
            _projectId = projectId;
            _transport = new ApiTransport(new ModelArtsProtocol(null), httpClient);
        }

        public Task<IamToken> SignInAsync(CallContext call)
        {
            string? subjectToken = null;
            var uri = new QueryBuilder(_iamBaseUri).Path("/v3/auth/tokens").Build();
            return _transport.SendAsync(HttpMethod.Post, "IamSignIn", uri, request => request.Content = new ByteArrayContent(Body()) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } },
                async (body, requestId, cancellation) =>
                {
                    using var document = await JsonDocument.ParseAsync(body, default, cancellation).ConfigureAwait(false);
                    DateTimeOffset? expiresAt = null;
                    if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("token", out var token)
                        && token.ValueKind == JsonValueKind.Object && token.TryGetProperty("expires_at", out var expires)
                        && DateTimeOffset.TryParse(expires.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                    {
                        expiresAt = parsed;
                    }

                    if (string.IsNullOrEmpty(subjectToken))
                    {
                        throw new GpuCloudApiException(CloudProvider.ModelArts, "IamSignIn", ErrorKind.InvalidResponse, 201, null, "the answer held no X-Subject-Token header", requestId);
                    }

                    var now = DateTimeOffset.UtcNow;
                    return new IamToken(new SecretText(subjectToken!), expiresAt ?? now.AddHours(23), now);
                }, call, response => subjectToken = response.Headers.TryGetValues("X-Subject-Token", out var values) ? values.FirstOrDefault() : null);
        }

        private byte[] Body()
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteStartObject("auth");
                json.WriteStartObject("identity");
                json.WriteStartArray("methods");
                json.WriteStringValue("password");
                json.WriteEndArray();
                json.WriteStartObject("password");
                json.WriteStartObject("user");
                json.WriteString("name", _user);
                json.WriteString("password", _password.Reveal);
                json.WriteStartObject("domain");
                json.WriteString("name", _domain);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartObject("scope");
                json.WriteStartObject("project");
                json.WriteString("id", _projectId);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            return buffer.ToArray();
        }
    }
}
