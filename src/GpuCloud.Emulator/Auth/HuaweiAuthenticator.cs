using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace GpuCloud.Emulator.Auth;

/// <summary>Checks <c>X-Auth-Token</c> or an SDK-HMAC-SHA256 signature, as the Huawei API gateway does.</summary>
internal sealed class HuaweiAuthenticator(EmulatorOptions options, IamTokenService iamTokens, TimeProvider clock)
{
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(15);

    private const string IncorrectIam = "Incorrect IAM authentication information: ";

    /// <summary>Null when the request is authenticated.</summary>
    public async Task<HuaweiAuthFailure?> AuthenticateAsync(HttpContext context)
    {
        var request = context.Request;
        var token = request.Headers["X-Auth-Token"].ToString();
        if (!string.IsNullOrEmpty(token))
        {
            return iamTokens.Check(token) switch
            {
                TokenCheck.Valid => null,
                TokenCheck.Expired => new HuaweiAuthFailure("APIGW.0301", IncorrectIam + "token expired"),
                _ => new HuaweiAuthFailure("APIGW.0301", IncorrectIam + "token invalid"),
            };
        }

        var authorization = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(authorization))
        {
            return new HuaweiAuthFailure("APIGW.0301", IncorrectIam + "Authorization header or X-Auth-Token is missing");
        }
        if (!TryParseAuthorization(authorization, out var accessKey, out var signedHeaderNames, out var signature))
        {
            return new HuaweiAuthFailure("APIGW.0301", IncorrectIam + "unsupported or malformed Authorization header");
        }
        if (!string.Equals(accessKey, options.HuaweiAccessKey, StringComparison.Ordinal))
        {
            return new HuaweiAuthFailure("APIGW.0301", IncorrectIam + "AK not found");
        }

        var sdkDate = request.Headers[HuaweiSignature.DateHeader].ToString();
        if (!DateTimeOffset.TryParseExact(sdkDate, HuaweiSignature.DateFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var signedAt))
        {
            return new HuaweiAuthFailure("APIGW.0301", IncorrectIam + "X-Sdk-Date is missing or not in yyyyMMddTHHmmssZ format");
        }
        if ((clock.GetUtcNow() - signedAt).Duration() > MaxClockSkew)
        {
            return new HuaweiAuthFailure("APIGW.0303", "Incorrect app authentication information: the request time differs from the server time by more than 15 minutes");
        }

        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in signedHeaderNames)
        {
            if (!request.Headers.TryGetValue(name, out var values))
            {
                return new HuaweiAuthFailure("APIGW.0301", IncorrectIam + $"signed header {name} is missing");
            }
            headers[name] = string.Join(',', values.ToArray());
        }

        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (request.PathBase + request.Path + request.QueryString);
        var question = rawTarget.IndexOf('?');
        var rawPath = question < 0 ? rawTarget : rawTarget[..question];
        var rawQuery = question < 0 ? "" : rawTarget[(question + 1)..];
        var bodyHash = await BodyHashAsync(request);

        var canonical = HuaweiSignature.CanonicalRequest(request.Method, rawPath, rawQuery, headers, bodyHash);
        var expected = HuaweiSignature.Signature(canonical, sdkDate, options.HuaweiSecretKey);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToLowerInvariant())))
        {
            return new HuaweiAuthFailure("APIGW.0301", IncorrectIam + "verify aksk signature fail");
        }
        return null;
    }

    private static async Task<string> BodyHashAsync(HttpRequest request)
    {
        var declared = request.Headers["X-Sdk-Content-Sha256"].ToString();
        if (string.Equals(declared, "UNSIGNED-PAYLOAD", StringComparison.Ordinal))
        {
            return declared;
        }
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary><c>SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex</c></summary>
    private static bool TryParseAuthorization(string header, out string accessKey, out string[] signedHeaders, out string signature)
    {
        accessKey = "";
        signedHeaders = [];
        signature = "";
        if (!header.StartsWith(HuaweiSignature.Algorithm + " ", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var part in header[(HuaweiSignature.Algorithm.Length + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0)
            {
                return false;
            }
            var value = part[(equals + 1)..].Trim();
            switch (part[..equals].Trim())
            {
                case "Access":
                    accessKey = value;
                    break;
                case "SignedHeaders":
                    signedHeaders = value.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(h => h.ToLowerInvariant()).ToArray();
                    break;
                case "Signature":
                    signature = value;
                    break;
            }
        }
        return accessKey.Length > 0 && signedHeaders.Length > 0 && signature.Length > 0;
    }
}
