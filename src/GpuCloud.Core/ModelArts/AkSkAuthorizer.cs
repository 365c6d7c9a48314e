using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Http;

namespace GpuCloud.Core.ModelArts
{
    /// <summary>Signs each attempt afresh (X-Sdk-Date must be within 15 minutes of the server's clock).</summary>
    public sealed class AkSkAuthorizer : IModelArtsAuthorizer
    {
        private readonly SecretText _accessKey;
        private readonly SecretText _secretKey;
        private readonly Func<DateTimeOffset> _clock;

        public AkSkAuthorizer(SecretText accessKey, SecretText secretKey, Func<DateTimeOffset>? clock = null)
        {
            _accessKey = accessKey;
            _secretKey = secretKey;
            _clock = clock ?? (() => DateTimeOffset.UtcNow);
        }

        public string Method => "AK/SK";

        public int CredentialsVersion => 0;

        public Task<bool> RenewAsync(int refusedVersion, CallContext call) => Task.FromResult(false);

        public Task AuthorizeAsync(HttpRequestMessage request, CallContext call)
        {
            var uri = request.RequestUri!;
            var sdkDate = HuaweiSigner.FormatDate(_clock());
            var host = uri.IsDefaultPort ? uri.Host : uri.Host + ":" + uri.Port;
            request.Headers.Host = host;
            request.Headers.Remove(HuaweiSigner.DateHeader);
            request.Headers.TryAddWithoutValidation(HuaweiSigner.DateHeader, sdkDate);
            var signed = new Dictionary<string, string> { ["host"] = host, ["x-sdk-date"] = sdkDate };
            var authorization = HuaweiSigner.Authorization(request.Method.Method, uri, signed, HuaweiSigner.EmptyBodySha256, sdkDate, _accessKey.Reveal, _secretKey.Reveal);
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
            return Task.CompletedTask;
        }
    }
}
