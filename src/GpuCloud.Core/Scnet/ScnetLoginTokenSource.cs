using System;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Http;

namespace GpuCloud.Core.Scnet
{
    /// <summary>
    /// Tokens from a SCNet sign-in: renewed with /tokens/next before expireTime passes, and obtained
    /// again by signing in when the server refuses one. Safe to share between concurrent calls.
    /// </summary>
    public sealed class ScnetLoginTokenSource : IScnetTokenSource
    {
        private static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(5);
        private readonly ScnetAuthClient _auth;
        private readonly ScnetCredentials _credentials;
        private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);
        private ScnetToken? _token;

        internal ScnetLoginTokenSource(ScnetAuthClient auth, ScnetCredentials credentials, ScnetToken? first = null)
        {
            _auth = auth;
            _credentials = credentials;
            _token = first;
        }

        public bool CanRenew => true;

        public DateTimeOffset? ExpiresAt => _token?.ExpiresAt;

        /// <summary>Who signs in: the user and organisation, never the password.</summary>
        public string Identity => _credentials.User + " (org " + _credentials.OrgId + ")";

        public async Task<ScnetToken> CurrentAsync(CallContext call)
        {
            var token = _token;
            if (token != null && !token.ExpiresWithin(RenewalMargin, DateTimeOffset.UtcNow))
            {
                return token;
            }

            await _gate.WaitAsync(call.CancellationToken).ConfigureAwait(false);
            try
            {
                token = _token;
                if (token == null || token.ExpiresWithin(TimeSpan.Zero, DateTimeOffset.UtcNow))
                {
                    _token = await _auth.SignInAsync(_credentials, call).ConfigureAwait(false);
                }
                else if (token.ExpiresWithin(RenewalMargin, DateTimeOffset.UtcNow))
                {
                    call.Diagnostics.Verbose("SCNet: the token expires at " + token.ExpiresAt + "; renewing it.");
                    try
                    {
                        _token = await _auth.RenewAsync(token, call).ConfigureAwait(false);
                    }
                    catch (Errors.GpuCloudApiException)
                    {
                        _token = await _auth.SignInAsync(_credentials, call).ConfigureAwait(false);
                    }
                }

                return _token!;
            }
            finally
            {
                _gate.Release();
            }
        }

        public async Task<ScnetToken> RenewAsync(ScnetToken refused, CallContext call)
        {
            await _gate.WaitAsync(call.CancellationToken).ConfigureAwait(false);
            try
            {
                if (_token == null || ReferenceEquals(_token, refused))
                {
                    _token = await _auth.SignInAsync(_credentials, call).ConfigureAwait(false);
                }

                return _token;
            }
            finally
            {
                _gate.Release();
            }
        }
    }
}
