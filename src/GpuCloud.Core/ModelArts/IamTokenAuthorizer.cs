using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using GpuCloud.Core.Connections;
using GpuCloud.Core.Http;

namespace GpuCloud.Core.ModelArts
{
    /// <summary>
    /// Sends an IAM token in X-Auth-Token: one given as is, or one obtained with an IAM password sign-in and
    /// obtained again an hour before it expires (IAM tokens live 24 h; one living under two hours, at half its life) or when the gateway refuses it. Safe to share
    /// between concurrent calls: those that find the token due or refused together share one sign-in.
    /// </summary>
    public sealed class IamTokenAuthorizer : IModelArtsAuthorizer
    {
        private readonly IamSignIn? _signIn;
        private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);
        private IamToken? _token;
        private int _credentialsVersion;

        public IamTokenAuthorizer(SecretText token)
        {
            _token = new IamToken(token, null);
        }

        internal IamTokenAuthorizer(IamSignIn signIn, IamToken first)
        {
            _signIn = signIn;
            _token = first;
        }

        public string Method => _signIn == null ? "IAM token" : "IAM password";

        public DateTimeOffset? ExpiresAt => _token?.ExpiresAt;

        public int CredentialsVersion => Volatile.Read(ref _credentialsVersion);

        public async Task AuthorizeAsync(HttpRequestMessage request, CallContext call)
        {
            var token = await CurrentAsync(call).ConfigureAwait(false);
            request.Headers.Remove("X-Auth-Token");
            request.Headers.TryAddWithoutValidation("X-Auth-Token", token.Value.Reveal);
        }

        public async Task<bool> RenewAsync(int refusedVersion, CallContext call)
        {
            if (_signIn == null)
            {
                return false;
            }

            await _gate.WaitAsync(call.CancellationToken).ConfigureAwait(false);
            try
            {
                if (_credentialsVersion == refusedVersion)
                {
                    call.Diagnostics.Verbose("ModelArts: the gateway refused the IAM token; signing in again.");
                    await SignInAsync(call).ConfigureAwait(false);
                }

                return true;
            }
            finally
            {
                _gate.Release();
            }
        }

        private async Task<IamToken> CurrentAsync(CallContext call)
        {
            var token = _token!;
            if (_signIn == null || !token.IsDue(DateTimeOffset.UtcNow))
            {
                return token;
            }

            await _gate.WaitAsync(call.CancellationToken).ConfigureAwait(false);
            try
            {
                if (_token!.IsDue(DateTimeOffset.UtcNow))
                {
                    call.Diagnostics.Verbose("ModelArts: the IAM token expires at " + _token.ExpiresAt + "; obtaining a new one.");
                    await SignInAsync(call).ConfigureAwait(false);
                }

                return _token;
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <summary>Replaces the token; the caller holds the gate.</summary>
        private async Task SignInAsync(CallContext call)
        {
            _token = await _signIn!.SignInAsync(call).ConfigureAwait(false);
            Volatile.Write(ref _credentialsVersion, _credentialsVersion + 1);
        }
    }
}
