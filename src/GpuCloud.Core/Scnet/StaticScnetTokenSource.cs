using System;
using System.Threading.Tasks;
using GpuCloud.Core.Errors;
using GpuCloud.Core.Http;

namespace GpuCloud.Core.Scnet
{
    /// <summary>A token given directly (-Token, SCNET_TOKEN): used as is, and reported clearly once it expired.</summary>
    public sealed class StaticScnetTokenSource : IScnetTokenSource
    {
        private readonly ScnetToken _token;

        public StaticScnetTokenSource(ScnetToken token)
        {
            _token = token;
        }

        public bool CanRenew => false;

        public Task<ScnetToken> CurrentAsync(CallContext call)
        {
            if (_token.ExpiresWithin(TimeSpan.Zero, DateTimeOffset.UtcNow))
            {
                throw new GpuCloudApiException(Models.CloudProvider.Scnet, "Authenticate", ErrorKind.Authentication, null, "TokenExpired",
                    "the SCNet token expired at " + _token.ExpiresAt!.Value.ToString("u", System.Globalization.CultureInfo.InvariantCulture) + "; pass a new -Token (or SCNET_TOKEN), or connect with Connect-GpuCloud -Provider Scnet -Credential so tokens are renewed", null);
            }

            if (_token.IsPlatformToken)
            {
                throw new GpuCloudApiException(Models.CloudProvider.Scnet, "Authenticate", ErrorKind.Authentication, null, "PlatformToken",
                    "the SCNet token is a platform token (clusterId 0), which the AI service does not accept; use the token of a cluster (region)", null);
            }

            return Task.FromResult(_token);
        }

        public Task<ScnetToken> RenewAsync(ScnetToken refused, CallContext call) => Task.FromResult(_token);
    }
}
