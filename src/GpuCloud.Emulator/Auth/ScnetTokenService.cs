using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GpuCloud.Emulator.Json;
using GpuCloud.Emulator.Models.Scnet;

namespace GpuCloud.Emulator.Auth;

/// <summary>
/// Issues and checks SCNet tokens: HS256 JWTs whose payload holds <c>expireTime</c> (epoch ms in a string).
/// A token must carry a valid signature, be one this emulator issued, and not have passed its expiry.
/// </summary>
internal sealed class ScnetTokenService(EmulatorOptions options, TimeProvider clock)
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("gpucloud-emulator-scnet-hs256-secret");
    private static readonly string EncodedHeader = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new ScnetTokenHeader(), ScnetJsonContext.Default.ScnetTokenHeader));

    // token -> expiry (epoch ms); ExpireAll sets every expiry to 0.
    private readonly ConcurrentDictionary<string, long> _issued = new(StringComparer.Ordinal);
    private long _sequence;

    public string Issue(string clusterId, TimeSpan? lifetime = null)
    {
        var expires = clock.GetUtcNow() + (lifetime ?? options.ScnetTokenLifetime);
        var expireMs = expires.ToUnixTimeMilliseconds();
        var payload = new ScnetTokenPayload
        {
            ComputeUser = options.ScnetUser,
            AccountStatus = "Formal",
            Creator = "ac",
            Role = "1",
            ExpireTime = expireMs.ToString(CultureInfo.InvariantCulture),
            ClusterId = clusterId,
            Invoker = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(options.ScnetOrgId))),
            User = options.ScnetUser,
            UserId = "11655048541",
            Jti = Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture),
        };
        var encodedPayload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload, ScnetJsonContext.Default.ScnetTokenPayload));
        var signingInput = EncodedHeader + "." + encodedPayload;
        var token = signingInput + "." + Base64Url.EncodeToString(HMACSHA256.HashData(Secret, Encoding.ASCII.GetBytes(signingInput)));
        _issued[token] = expireMs;
        return token;
    }

    public TokenCheck Check(string? token, out ScnetTokenPayload? payload)
    {
        payload = null;
        if (string.IsNullOrWhiteSpace(token))
        {
            return TokenCheck.Missing;
        }
        token = token.Trim();
        var parts = token.Split('.');
        if (parts.Length != 3 || !_issued.TryGetValue(token, out var registeredExpiry))
        {
            return TokenCheck.Invalid;
        }

        var expected = HMACSHA256.HashData(Secret, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        byte[] actual;
        try
        {
            actual = Base64Url.DecodeFromChars(parts[2]);
            payload = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), ScnetJsonContext.Default.ScnetTokenPayload);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return TokenCheck.Invalid;
        }
        if (payload is null || !CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            return TokenCheck.Invalid;
        }

        var expiry = Math.Min(registeredExpiry, long.Parse(payload.ExpireTime, CultureInfo.InvariantCulture));
        return expiry <= clock.GetUtcNow().ToUnixTimeMilliseconds() ? TokenCheck.Expired : TokenCheck.Valid;
    }

    public int ExpireAll()
    {
        var count = 0;
        foreach (var token in _issued.Keys)
        {
            _issued[token] = 0;
            count++;
        }
        return count;
    }
}
