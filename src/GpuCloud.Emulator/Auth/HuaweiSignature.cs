using System.Security.Cryptography;
using System.Text;

namespace GpuCloud.Emulator.Auth;

/// <summary>
/// The emulator's own SDK-HMAC-SHA256 canonicalisation (Huawei AK/SK signing), used to verify requests.
/// Public so that tests can check it against the published vector.
/// </summary>
public static class HuaweiSignature
{
    public const string Algorithm = "SDK-HMAC-SHA256";

    public const string DateHeader = "X-Sdk-Date";

    public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>SHA-256 of an empty body, lowercase hex.</summary>
    public static readonly string EmptyBodyHash = Convert.ToHexStringLower(SHA256.HashData([]));

    /// <summary>
    /// The canonical request. <paramref name="rawPath"/> and <paramref name="rawQuery"/> are as received
    /// (percent-encoded, query without '?'); <paramref name="signedHeaders"/> maps lowercase names to values.
    /// </summary>
    public static string CanonicalRequest(string method, string rawPath, string rawQuery, IReadOnlyDictionary<string, string> signedHeaders, string bodySha256Hex)
    {
        var names = signedHeaders.Keys.Select(k => k.ToLowerInvariant()).Order(StringComparer.Ordinal).ToArray();
        var headers = new StringBuilder();
        foreach (var name in names)
        {
            var value = signedHeaders.First(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
            headers.Append(name).Append(':').Append(value.Trim()).Append('\n');
        }

        return string.Join('\n',
            method.ToUpperInvariant(),
            CanonicalUri(rawPath),
            CanonicalQuery(rawQuery),
            headers.ToString(),
            string.Join(';', names),
            bodySha256Hex);
    }

    public static string StringToSign(string canonicalRequest, string sdkDate) =>
        $"{Algorithm}\n{sdkDate}\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";

    public static string Signature(string canonicalRequest, string sdkDate, string secretKey) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(StringToSign(canonicalRequest, sdkDate))));

    /// <summary>Each segment decoded then re-encoded (unreserved characters bare, upper-case hex), always ending in '/'.</summary>
    public static string CanonicalUri(string rawPath)
    {
        var segments = (string.IsNullOrEmpty(rawPath) ? "/" : rawPath).Split('/');
        var builder = new StringBuilder();
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('/');
            }
            builder.Append(Encode(Uri.UnescapeDataString(segments[i])));
        }
        if (builder.Length == 0 || builder[^1] != '/')
        {
            builder.Append('/');
        }
        return builder.ToString();
    }

    /// <summary>Pairs decoded, sorted by key (then value), re-encoded as <c>k=v</c> joined by '&amp;'.</summary>
    public static string CanonicalQuery(string rawQuery)
    {
        if (string.IsNullOrEmpty(rawQuery))
        {
            return "";
        }
        var pairs = rawQuery.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(part =>
            {
                var equals = part.IndexOf('=');
                var key = equals < 0 ? part : part[..equals];
                var value = equals < 0 ? "" : part[(equals + 1)..];
                return (Key: Uri.UnescapeDataString(key), Value: Uri.UnescapeDataString(value));
            })
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal);
        return string.Join('&', pairs.Select(p => Encode(p.Key) + "=" + Encode(p.Value)));
    }

    /// <summary>RFC 3986 encoding: only A-Z a-z 0-9 - _ . ~ stay bare; everything else %XX of its UTF-8 bytes.</summary>
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }
}
