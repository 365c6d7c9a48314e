using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace GpuCloud.Emulator.Auth;

/// <summary>Opaque IAM tokens (X-Subject-Token / X-Auth-Token) with an expiry.</summary>
internal sealed class IamTokenService(EmulatorOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _issued = new(StringComparer.Ordinal);

    public (string Token, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt) Issue()
    {
        var now = clock.GetUtcNow();
        var expires = now + options.IamTokenLifetime;
        var token = "MIIE" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(96)).Replace('/', '-').Replace('+', '_');
        _issued[token] = expires;
        return (token, now, expires);
    }

    public TokenCheck Check(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return TokenCheck.Missing;
        }
        if (!_issued.TryGetValue(token.Trim(), out var expires))
        {
            return TokenCheck.Invalid;
        }
        return expires <= clock.GetUtcNow() ? TokenCheck.Expired : TokenCheck.Valid;
    }

    public int ExpireAll()
    {
        var count = 0;
        foreach (var token in _issued.Keys)
        {
            _issued[token] = DateTimeOffset.MinValue;
            count++;
        }
        return count;
    }
}
